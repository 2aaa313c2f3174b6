"""Writes a large valid bank (default 10,000 questions, about 5 MB) for the validation benchmark.
Usage: generate_bank.py OUT.json [N]"""
import json, random, sys

out, n = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 10000
rng = random.Random(7)
words = ("sanctions balance missiles technology reformist guard council treaty envoy winter energy "
         "infrastructure alliance investment strait islands territorial integrity dialogue leverage").split()

def text(k):
    return " ".join(rng.choice(words) for _ in range(k)).capitalize()

types = ["single", "multiple", "true_false", "matching", "ordering", "short_answer"]
sections = [{"id": f"s{i}", "heading": text(3), "text": text(120)} for i in range(10)]
categories = [{"id": c, "title": c.title()} for c in ("actors", "motives", "interpretations", "context")]
questions = []
for i in range(n):
    t = types[i % 6]
    q = {"id": f"q-{i}", "category": categories[i % 4]["id"], "type": t, "prompt": text(10),
         "explanation": text(10), "refs": [f"s{i % 10}"], "difficulty": 1 + i % 3, "tags": ["bench"]}
    if t in ("single", "multiple"):
        q["choices"] = [{"id": k, "text": text(3), "correct": k == "a" or (t == "multiple" and k == "c"),
                         "feedback": text(5)} for k in "abcd"]
    elif t == "true_false":
        q["answer"] = i % 2 == 0
    elif t == "matching":
        q["pairs"] = [{"left": f"{text(3)} {j}", "right": f"{text(3)} {j}"} for j in range(4)]
        q["distractors"] = [f"{text(3)} extra"]
    elif t == "ordering":
        q["sequence"] = [f"{text(4)} {j}" for j in range(5)]
    else:
        q["accept"] = [text(2), text(3)]
    questions.append(q)

bank = {"format": "statecraft.bank", "version": 1, "id": "bench-bank", "title": "Benchmark bank",
        "source": {"title": "Generated", "sections": sections}, "categories": categories,
        "questions": questions}
with open(out, "w", encoding="utf-8") as f:
    json.dump(bank, f, ensure_ascii=False)
