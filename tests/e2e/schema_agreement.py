"""The JSON Schema and the validator agree: every shipped bank passes both, and each
broken variant of a valid bank is refused by both (where the schema can express the rule)."""
import copy, json, pathlib, subprocess, sys, tempfile

import jsonschema

binary, source = sys.argv[1], pathlib.Path(sys.argv[2])
schema = json.loads((source / "questions/bank.schema.json").read_text())
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
failures = []

def validate_cli(bank):
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(bank, f)
    r = subprocess.run([binary, "validate", f.name], capture_output=True, text=True, timeout=60)
    pathlib.Path(f.name).unlink()
    return r.returncode

shipped = sorted((source / "questions").rglob("*.json"))
shipped = [p for p in shipped if p.name != "bank.schema.json"]
for path in shipped:
    errors = [e.message for e in validator.iter_errors(json.loads(path.read_text(encoding="utf-8-sig")))]
    if errors:
        failures.append(f"{path}: schema: {errors[:3]}")
    if validate_cli(json.loads(path.read_text(encoding="utf-8-sig"))) != 0:
        failures.append(f"{path}: statecraft validate failed")

base = json.loads((source / "questions/examples/all-types.json").read_text())
q = {x["type"]: i for i, x in enumerate(base["questions"])}
mutations = {
    "wrong format": lambda b: b.update(format="other"),
    "newer version": lambda b: b.update(version=2),
    "newer version text": lambda b: b.update(version="2.0"),
    "version not major.minor": lambda b: b.update(version="1"),
    "bad review_by": lambda b: b.update(version="1.1", review_by="soon"),
    "bad question review_by": lambda b: b["questions"][0].update(review_by="2025-13-01"),
    "bad as_of": lambda b: b["source"].update(as_of="September"),
    "bad bank id": lambda b: b.update(id="Bad Id"),
    "empty title": lambda b: b.update(title=" "),
    "no categories": lambda b: b.update(categories=[]),
    "no questions": lambda b: b.update(questions=[]),
    "bad question id": lambda b: b["questions"][0].update(id="Q 1"),
    "unknown type": lambda b: b["questions"][0].update(type="essay"),
    "empty prompt": lambda b: b["questions"][0].update(prompt="  "),
    "long prompt": lambda b: b["questions"][0].update(prompt="x" * 2001),
    "difficulty 4": lambda b: b["questions"][0].update(difficulty=4),
    "time limit 0": lambda b: b["questions"][0].update(time_limit_s=0),
    "one choice": lambda b: b["questions"][q["single"]].update(choices=b["questions"][q["single"]]["choices"][:1]),
    "two correct singles": lambda b: [c.update(correct=True) for c in b["questions"][q["single"]]["choices"]],
    "multiple none correct": lambda b: [c.pop("correct", None) for c in b["questions"][q["multiple"]]["choices"]],
    "true_false no answer": lambda b: b["questions"][q["true_false"]].pop("answer"),
    "one pair": lambda b: b["questions"][q["matching"]].update(pairs=b["questions"][q["matching"]]["pairs"][:1]),
    "one item": lambda b: b["questions"][q["ordering"]].update(sequence=["only"]),
    "duplicate items": lambda b: b["questions"][q["ordering"]].update(sequence=["a", "a"]),
    "no accept": lambda b: b["questions"][q["short_answer"]].update(accept=[]),
    "matrix one column": lambda b: b["questions"][q["matrix"]].update(columns=["only"]),
    "matrix one row": lambda b: b["questions"][q["matrix"]].update(rows=b["questions"][q["matrix"]]["rows"][:1]),
    "matrix bad cell": lambda b: b["questions"][q["matrix"]]["rows"][0].update(cells=["C", "X", "N"]),
    "matrix row without cells": lambda b: b["questions"][q["matrix"]]["rows"][0].pop("cells"),
    "text too long": lambda b: b["questions"][0].update(explanation="x" * 20001),
    "estimate no value": lambda b: b["questions"][q["estimate"]].pop("value"),
    "estimate value text": lambda b: b["questions"][q["estimate"]].update(value="200"),
    "estimate huge value": lambda b: b["questions"][q["estimate"]].update(value=1e16),
    "estimate negative margin": lambda b: b["questions"][q["estimate"]].update(margin=-1),
    "estimate negative tolerance": lambda b: b["questions"][q["estimate"]].update(tolerance=-5),
    "poll with a key": lambda b: b["questions"][q["poll"]]["choices"][0].update(correct=True),
    "poll one choice": lambda b: b["questions"][q["poll"]].update(choices=b["questions"][q["poll"]]["choices"][:1]),
    "fixed not boolean": lambda b: b["questions"][q["single"]].update(fixed="yes"),
    "strict_match not boolean": lambda b: b["questions"][q["short_answer"]].update(strict_match=1),
}
for name, mutate in mutations.items():
    bank = copy.deepcopy(base)
    mutate(bank)
    schema_ok = not any(True for _ in validator.iter_errors(bank))
    cli_ok = validate_cli(bank) == 0
    if schema_ok or cli_ok:
        failures.append(f"mutation '{name}': schema accepts={schema_ok}, validator accepts={cli_ok}")

for f in failures:
    print("FAIL", f)
print(f"{len(shipped)} shipped banks and {len(mutations)} broken variants checked; {len(failures)} failed")
sys.exit(1 if failures else 0)
