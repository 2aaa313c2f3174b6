// The answer widgets of the player page (loaded before app.js): each question kind drawn with
// plain DOM calls and textContent only, the draft it fills, whether that draft can be sent, the
// answer fields the protocol wants (docs/live-protocol.md) and a line of text for an answer.
"use strict";

window.StatecraftAnswers = (function () {
  const LETTERS = "ABCDEFGH";

  // ---- small DOM helpers (text only, never markup) ----
  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function optionButton(index, text, cls) {
    const b = el("button", "option opt" + (index % 8) + (cls ? " " + cls : ""));
    b.type = "button";
    b.appendChild(el("span", "letter", LETTERS[index] || String(index + 1)));
    b.appendChild(el("span", "text", text));
    return b;
  }

  // A typed number as practice reads it (core/session/estimate_score.h): "1200", "1,200" or
  // "1 200" (thousands), "3.5", "-2e3"; "3,5" is refused rather than read as 35. null when it
  // is not one, or beyond what the server accepts (docs/live-protocol.md).
  function readNumber(text) {
    let t = String(text).trim().replace(/[\s\u00a0\u202f]/g, "");
    if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/,/g, "");
    if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return null;
    const n = Number(t);
    return isFinite(n) && Math.abs(n) <= 1e12 ? n : null;
  }
  const MARKS = ["C", "I", "N"];
  const MARK_WORDS = ["consistent", "inconsistent", "neutral"];

  function complete(q, d) {
    if (!q || !d) return false;
    switch (q.kind) {
      case "single": case "poll": case "true_false": return d.choice >= 0;
      case "multiple": return d.choices.length > 0;
      case "matching": return d.matches.some((m) => m >= 0);
      case "ordering": return d.order.length === q.items.length;
      case "short_answer": return d.text.trim().length > 0;
      case "estimate": return readNumber(d.text) !== null;
      case "matrix": return d.cells.length === q.rows.length * q.columns.length && d.cells.every((c) => c >= 0);
    }
    return false;
  }
  function fields(q, d) {
    switch (q.kind) {
      case "single": case "poll": return {choice: d.choice};
      case "true_false": return {value: d.choice === 0};
      case "multiple": return {choices: d.choices.slice().sort((a, b) => a - b)};
      case "matching": return {matches: d.matches.slice()};
      case "ordering": return {order: d.order.slice()};
      case "short_answer": return {text: d.text.trim()};
      case "estimate": return {value: readNumber(d.text)};
      case "matrix": return {cells: d.cells.slice()};
    }
    return {};
  }
  function renderChoices(q, d, box, hooks, multiple) {
    const grid = el("div", "choices" + (q.options.length > 2 ? " grid" : ""));
    q.options.forEach((text, i) => {
      const b = optionButton(i, text);
      b.dataset.index = String(i);
      b.addEventListener("click", () => {
        if (multiple) {
          const at = d.choices.indexOf(i);
          if (at >= 0) d.choices.splice(at, 1); else d.choices.push(i);
        } else {
          d.choice = i;
        }
        for (const o of grid.children) {
          const k = Number(o.dataset.index);
          o.classList.toggle("selected", multiple ? d.choices.includes(k) : k === i);
        }
        hooks.changed();
        if (!multiple) hooks.tapped();
      });
      grid.appendChild(b);
    });
    box.appendChild(grid);
  }
  function renderMatching(q, d, box, redraw) {
    if (d.current === undefined) d.current = 0;
    const pairs = el("div", "pairs");
    q.lefts.forEach((left, i) => {
      const b = el("button", "pair plain" + (i === d.current ? " selected" : ""));
      b.type = "button";
      b.dataset.left = String(i);
      b.appendChild(el("span", "left", left));
      const m = d.matches[i];
      b.appendChild(el("span", m >= 0 ? "right" : "right none",
                       m >= 0 ? "→ " + LETTERS[m] + "  " + q.rights[m] : "→ tap its match below"));
      b.addEventListener("click", () => { d.current = i; redraw(); });
      pairs.appendChild(b);
    });
    box.appendChild(pairs);
    box.appendChild(el("p", "section-label", "Match for: " + (q.lefts[d.current] || "")));
    const rights = el("div", "choices");
    q.rights.forEach((right, r) => {
      const b = optionButton(r, right, d.matches.includes(r) ? "dim" : "");
      b.dataset.right = String(r);
      b.addEventListener("click", () => {
        d.matches[d.current] = d.matches[d.current] === r ? -1 : r;
        const next = d.matches.findIndex((m, k) => m < 0 && k !== d.current);
        if (d.matches[d.current] >= 0 && next >= 0) d.current = next;
        redraw();
      });
      rights.appendChild(b);
    });
    box.appendChild(rights);
  }
  function renderOrdering(q, d, box, redraw) {
    box.appendChild(el("p", "section-label", "Your order (tap to take back)"));
    const seq = el("ol", "sequence");
    d.order.forEach((item, pos) => {
      const li = el("li");
      const b = optionButton(item, q.items[item]);
      b.dataset.placed = String(item);
      b.querySelector(".letter").textContent = String(pos + 1);
      b.addEventListener("click", () => { d.order.splice(pos, 1); redraw(); });
      li.appendChild(b);
      seq.appendChild(li);
    });
    if (d.order.length === 0) seq.appendChild(el("li", "muted", "Nothing placed yet."));
    box.appendChild(seq);
    const left = q.items.map((t, i) => i).filter((i) => !d.order.includes(i));
    if (left.length) box.appendChild(el("p", "section-label", "Tap the " +
                                        (d.order.length ? "next" : "first") + " one"));
    const pool = el("div", "choices");
    for (const i of left) {
      const b = optionButton(i, q.items[i]);
      b.dataset.item = String(i);
      b.addEventListener("click", () => { d.order.push(i); redraw(); });
      pool.appendChild(b);
    }
    box.appendChild(pool);
  }
  function renderTyped(q, d, box, hooks, numeric) {
    const row = el("div", numeric ? "number-row" : "");
    const input = el("input");
    input.id = "q-text";
    input.value = d.text;
    input.maxLength = 200;
    input.autocomplete = "off";
    if (numeric) input.inputMode = "decimal";
    input.addEventListener("input", () => { d.text = input.value; hooks.changed(); });
    input.addEventListener("keydown", (ev) => { if (ev.key === "Enter") hooks.enter(); });
    row.appendChild(input);
    if (numeric && q.unit) row.appendChild(el("span", "unit", q.unit));
    box.appendChild(row);
    if (numeric) {
      const bad = el("p", "muted number-check", d.text.trim() && readNumber(d.text) === null ? "Type a number, e.g. 1200 or 3.5." : "");
      input.addEventListener("input", () => {
        bad.textContent = d.text.trim() && readNumber(d.text) === null ? "Type a number, e.g. 1200 or 3.5." : "";
      });
      box.appendChild(bad);
    }
  }
  // The hypotheses numbered once above the grid: a cell on a narrow phone has room for the
  // number and a line or two of the name only.
  function hypotheses(q) {
    const list = el("ol", "hypotheses");
    for (const h of q.columns) list.appendChild(el("li", "", h));
    return list;
  }
  // A matrix: each piece of evidence, then one cell per hypothesis; a tap cycles C, I, N.
  function renderMatrix(q, d, box, hooks) {
    const cols = q.columns.length;
    if (d.cells.length !== q.rows.length * cols) d.cells = q.rows.flatMap(() => q.columns.map(() => -1));
    box.appendChild(hypotheses(q));
    box.appendChild(el("p", "matrix-legend muted", "Tap a cell: C consistent · I inconsistent · N neutral"));
    const grid = el("div", "matrix");
    q.rows.forEach((text, r) => {
      const block = el("div", "matrix-row");
      block.appendChild(el("p", "evidence", (r + 1) + ". " + text));
      const cells = el("div", "matrix-cells");
      cells.style.gridTemplateColumns = "repeat(" + cols + ", minmax(0, 1fr))";
      q.columns.forEach((hyp, c) => {
        const i = r * cols + c;
        const b = el("button", "cell plain");
        b.type = "button";
        b.dataset.cell = String(i);
        const mark = el("span", "mark");
        const paint = () => {
          const m = d.cells[i];
          mark.textContent = m >= 0 ? MARKS[m] : "·";
          b.className = "cell plain" + (m >= 0 ? " m" + MARKS[m] : "");
          b.setAttribute("aria-label", hyp + ": " + (m >= 0 ? MARK_WORDS[m] : "not marked"));
        };
        b.appendChild(el("span", "hyp", (c + 1) + " " + hyp));
        b.appendChild(mark);
        paint();
        b.addEventListener("click", () => {
          d.cells[i] = (d.cells[i] + 1) % 3;
          paint();
          hooks.changed();
        });
        cells.appendChild(b);
      });
      block.appendChild(cells);
      grid.appendChild(block);
    });
    box.appendChild(grid);
  }
  // Draws the answer widgets of question q with draft d into box. hooks.changed() after every
  // change, hooks.tapped() after a one-tap choice, hooks.enter() on Enter in a text field.
  function render(q, d, box, hooks) {
    const redraw = () => render(q, d, box, hooks);
    box.replaceChildren();
    if (q.kind === "single" || q.kind === "poll" || q.kind === "true_false") renderChoices(q, d, box, hooks, false);
    else if (q.kind === "multiple") renderChoices(q, d, box, hooks, true);
    else if (q.kind === "matching") renderMatching(q, d, box, redraw);
    else if (q.kind === "ordering") renderOrdering(q, d, box, redraw);
    else if (q.kind === "short_answer") renderTyped(q, d, box, hooks, false);
    else if (q.kind === "estimate") renderTyped(q, d, box, hooks, true);
    else if (q.kind === "matrix") renderMatrix(q, d, box, hooks);
    else box.appendChild(el("p", "big", "This question is answered on the projector."));
    hooks.changed();
  }
  const HINTS = {
    single: "Tap your answer.", poll: "Tap your answer (no right or wrong).",
    true_false: "True or false?", multiple: "Tap every right answer, then send.",
    matching: "Tap a line, then its match.", ordering: "Tap the items in order, first to last.",
    short_answer: "Type your answer.", estimate: "Type your estimate (a number).",
    matrix: "Mark how each piece of evidence bears on each hypothesis.",
  };
  function describe(q, a) {
    if (!q || !a) return "";
    const opt = (i) => (LETTERS[i] || "?") + "  " + ((q.options || [])[i] || "");
    if (a.choice !== undefined) return opt(a.choice);
    if (a.choices) return a.choices.map(opt).join(" · ");
    if (typeof a.value === "boolean") return a.value ? "True" : "False";
    if (a.text !== undefined && q.kind === "estimate") return a.text;  // the key, in words
    if (a.value !== undefined) return String(a.value) + (q.unit ? " " + q.unit : "");
    if (a.cells) return q.rows.map((row, r) => row + ": " +
      q.columns.map((h, c) => h + " " + (MARKS[a.cells[r * q.columns.length + c]] || "—")).join(", ")).join("\n");
    if (a.matches) return a.matches.map((m, i) => q.lefts[i] + " → " + (m >= 0 ? q.rights[m] : "—")).join("\n");
    if (a.order) return a.order.map((i, k) => (k + 1) + ". " + q.items[i]).join("\n");
    if (a.text !== undefined) return a.text;
    if (a.accept) return a.accept.join(" / ");
    return "";
  }

  return {LETTERS, MARKS, hypotheses, el, optionButton, complete, fields, render, describe, HINTS, readNumber};
})();
