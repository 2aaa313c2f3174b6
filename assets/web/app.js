// The player page of a Statecraft live game (protocol: docs/live-protocol.md). Plain script, no
// build step, nothing from the internet; runs under the server's strict Content-Security-Policy
// (no inline code or style). Every text from the server or a player goes in with textContent.
"use strict";

(function () {
  const A = window.StatecraftAnswers;
  const el = A.el, optionButton = A.optionButton;
  const STORE = {token: "statecraft.live.token", pin: "statecraft.live.pin",
                 name: "statecraft.live.name", team: "statecraft.live.team"};
  const RETRY_MS = [300, 1000, 2000, 4000, 8000];  // reconnect back-off, then every 8 s
  const STALE_MS = 20000;  // woken after this long without a message: the socket may be dead

  const $ = (id) => document.getElementById(id);
  const state = {
    ws: null, hello: null, joined: false, me: null, question: null, draft: null,
    confidence: 0, sent: false, deadline: 0, tries: 0, retryTimer: 0, reconnect: true,
    lastMessage: 0, autoJoin: false, joiningPin: "",
  };

  // ---- storage: the token is the player's identity for rejoining ----
  function storage(key, value) {
    try {
      if (value === undefined) return localStorage.getItem(key);
      if (value === null) localStorage.removeItem(key);
      else localStorage.setItem(key, value);
    } catch (e) { /* private mode: the page still works, only rejoin after reload is lost */ }
    return null;
  }
  function token() {
    let t = storage(STORE.token);
    if (!t || !/^[0-9a-f]{32}$/.test(t)) {
      const bytes = new Uint8Array(16);
      crypto.getRandomValues(bytes);
      t = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
      storage(STORE.token, t);
    }
    return t;
  }

  function show(screen) {
    for (const s of document.querySelectorAll(".screen")) s.hidden = s.id !== "screen-" + screen;
    document.body.dataset.screen = screen;
  }
  function setLink(stateName, text) {
    $("link").dataset.state = stateName;
    $("link").textContent = text;
  }
  function header() {
    if (!state.me) return;
    $("who").textContent = state.me.name + (state.me.team ? " · " + state.me.team : "");
    $("score").textContent = state.me.total + " points";
  }
  // ---- the socket ----
  function connect() {
    clearTimeout(state.retryTimer);
    if (state.ws && state.ws.readyState <= 1) return;
    const url = (location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/ws";
    let ws;
    try { ws = new WebSocket(url); } catch (e) { scheduleReconnect(); return; }
    state.ws = ws;
    state.joined = false;
    setLink("connecting", "Connecting…");
    ws.onopen = () => { if (ws === state.ws) { state.tries = 0; setLink("online", "Connected"); } };
    ws.onmessage = (ev) => {
      if (ws !== state.ws) return;
      state.lastMessage = Date.now();
      let msg;
      try { msg = JSON.parse(ev.data); } catch (e) { return; }
      if (msg && typeof msg.type === "string" && handlers[msg.type]) handlers[msg.type](msg);
    };
    ws.onclose = () => {
      if (ws !== state.ws) return;
      state.ws = null;
      state.joined = false;
      if (state.reconnect) scheduleReconnect();
    };
  }
  function scheduleReconnect() {
    setLink("offline", "Reconnecting…");
    const wait = RETRY_MS[Math.min(state.tries, RETRY_MS.length - 1)];
    state.tries++;
    clearTimeout(state.retryTimer);
    state.retryTimer = setTimeout(connect, wait);
  }
  function send(msg) {
    if (!state.ws || state.ws.readyState !== 1) return false;
    state.ws.send(JSON.stringify(msg));
    return true;
  }
  // Back from sleep or a network change: reconnect at once; a socket silent for long may be
  // dead without the browser knowing, so it is replaced (rejoining is cheap and keeps all).
  function wake() {
    if (!state.reconnect) return;
    if (state.ws && state.ws.readyState === 1 && Date.now() - state.lastMessage > STALE_MS) {
      const old = state.ws;
      state.ws = null;
      old.close();
    }
    if (!state.ws) connect();
  }

  // ---- joining ----
  function join(pin, name, team) {
    const msg = {type: "join", pin: pin, token: token(), name: name};
    state.joiningPin = pin;
    if (team !== null && team !== undefined && team >= 0) msg.team = team;
    $("join-button").disabled = true;
    if (!send(msg)) $("join-button").disabled = false;
  }
  function showJoin(message) {
    const teams = (state.hello && state.hello.teams) || [];
    $("join-title").textContent = state.hello && state.hello.title ? state.hello.title : "Join the game";
    $("name").maxLength = ((state.hello && state.hello.name_max) || 24) * 4;
    $("team-field").hidden = teams.length === 0;
    const list = $("team-list");
    list.replaceChildren();
    const chosen = Number(storage(STORE.team));
    teams.forEach((t, i) => {
      const b = optionButton(i, t, i === chosen ? "selected" : "");
      b.dataset.team = String(i);
      b.addEventListener("click", () => {
        storage(STORE.team, String(i));
        for (const o of list.children) o.classList.toggle("selected", o === b);
      });
      list.appendChild(b);
    });
    $("join-error").textContent = message || "";
    $("join-button").disabled = false;
    show("join");
    if ($("pin").value.length === 6 && !$("name").value) $("name").focus();
  }
  $("join-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const pin = $("pin").value.trim();
    const name = $("name").value.trim();
    if (!/^[0-9]{6}$/.test(pin)) { $("join-error").textContent = "The PIN has 6 digits."; return; }
    if (!name) { $("join-error").textContent = "Type your name."; return; }
    const teams = (state.hello && state.hello.teams) || [];
    const team = storage(STORE.team);
    if (teams.length && (team === null || Number(team) >= teams.length)) {
      $("join-error").textContent = "Choose your team.";
      return;
    }
    storage(STORE.name, name);
    state.autoJoin = false;
    join(pin, name, teams.length ? Number(team) : null);
  });

  // ---- answering (the widgets are in answers.js) ----
  const answerComplete = () => A.complete(state.question, state.draft);
  const answerFields = () => A.fields(state.question, state.draft);
  const describeAnswer = A.describe;
  function renderAnswer() {
    A.render(state.question, state.draft, $("q-answer"), {
      changed: refreshSend,
      tapped: () => { if (quickSend()) submit(); },
      enter: submit,
    });
  }
  function refreshSend() {
    const q = state.question;
    const needsConfidence = q && q.cbm && !state.confidence;
    $("q-send").disabled = state.sent || !answerComplete() || needsConfidence;
  }
  function submit() {
    if (state.sent || !answerComplete()) return;
    const q = state.question;
    if (q.cbm && !state.confidence) { refreshSend(); return; }
    const msg = Object.assign({type: "answer", question: q.question, round: q.round}, answerFields());
    if (q.cbm) msg.confidence = state.confidence;
    if (!send(msg)) { $("q-error").textContent = "Not connected: reconnecting, then send again."; return; }
    state.sent = true;
    $("q-error").textContent = "";
    showWaiting("Sending…", "");
  }
  // Single-answer kinds without confidence go at the first tap, as on the projector's clock.
  function quickSend() { return !state.question.cbm; }

  function onQuestion(q) {
    const same = state.question && state.question.question === q.question &&
                 state.question.round === q.round;
    state.question = q;
    state.deadline = performance.now() + Math.max(0, q.remaining_ms | 0);
    if (!same) {
      state.draft = {choice: -1, choices: [], matches: (q.lefts || []).map(() => -1), order: [], text: "",
                     cells: (q.rows || []).flatMap(() => (q.columns || []).map(() => -1))};
      state.confidence = 0;
      state.sent = false;
    } else if (!q.answered) {
      state.sent = false;  // sent just before the socket dropped, never stored: send again
    }
    $("q-number").textContent = "Question " + (q.question + 1) + " of " + q.count;
    const tags = [];
    if (q.peer) tags.push(q.round === 2 ? "Vote again: did your neighbour convince you?" : "Vote (no answer shown yet)");
    if (q.double_points) tags.push("Double points");
    $("q-tags").textContent = tags.join(" · ");
    $("q-prompt").textContent = q.prompt;
    $("q-hint").textContent = A.HINTS[q.kind] || "";
    $("q-error").textContent = "";
    $("q-confidence").hidden = !q.cbm;
    for (const b of document.querySelectorAll(".conf"))
      b.classList.toggle("selected", Number(b.dataset.confidence) === state.confidence);
    const tapOnly = (q.kind === "single" || q.kind === "poll" || q.kind === "true_false") && !q.cbm;
    $("q-send").hidden = tapOnly;
    renderAnswer();
    tick();
    if (q.answered) showWaiting("Answer received", "Waiting for the others…");
    else show("question");
  }
  for (const b of document.querySelectorAll(".conf")) {
    b.addEventListener("click", () => {
      state.confidence = Number(b.dataset.confidence);
      for (const o of document.querySelectorAll(".conf")) o.classList.toggle("selected", o === b);
      refreshSend();
    });
  }
  $("q-send").addEventListener("click", submit);

  function tick() {
    const q = state.question;
    if (!q) return;
    const left = Math.max(0, state.deadline - performance.now());
    $("q-timer").textContent = String(Math.ceil(left / 1000));
    $("q-timer").classList.toggle("low", left <= 5000);
    $("q-progress").value = q.limit_ms > 0 ? Math.round(1000 * left / q.limit_ms) : 0;
  }
  setInterval(tick, 200);

  // ---- what the player sees after answering ----
  function showWaiting(title, text) {
    $("wait-title").textContent = title;
    $("wait-text").textContent = text;
    $("wait-answer").textContent = state.sent && state.draft ? "Your answer: " + describeAnswer(state.question, answerFields()) : "";
    show("waiting");
  }
  function onReveal(r) {
    state.me.total = r.total;
    header();
    const verdict = $("rv-verdict");
    const partial = r.answered && !r.correct && r.credit > 0;
    const poll = r.graded === false;  // a poll: a view, never right or wrong
    verdict.className = "verdict " + (poll ? "poll" : r.correct ? "right" : partial ? "partial" : "wrong");
    verdict.textContent = poll ? (r.answered ? "Thanks for your vote" : "No vote")
      : !r.answered ? "No answer" : r.correct ? "Right!" : partial ? "Partly right" : "Wrong";
    $("rv-points").textContent = poll ? "A poll: no points, no right answer"
      : "+" + r.points + " points" + (r.streak >= 2 ? " · " + r.streak + " in a row" : "");
    $("rv-rank").textContent = "Total " + r.total + " · rank " + r.rank + " of " + r.players;
    const key = $("rv-key");
    key.replaceChildren();
    const q = state.question;
    if (r.key && q && q.kind === "matrix" && r.key.cells) {
      key.appendChild(el("p", "section-label", "The key (your mark when it differs)"));
      key.appendChild(matrixKey(q, r.key, state.sent ? answerFields().cells : null));
    } else if (r.key && q && Object.keys(r.key).length) {
      key.appendChild(el("p", "section-label", "The answer"));
      for (const line of describeAnswer(q, r.key).split("\n")) key.appendChild(el("p", "", line));
    }
    key.hidden = !key.childElementCount;
    $("rv-explanation").textContent = r.explanation || "";
    show("reveal");
  }
  // The matrix's key as a small table: a row per piece of evidence, a cell per hypothesis,
  // the player's own mark beside the key's where they differ; the row's explanation under it.
  function matrixKey(q, k, mine) {
    const box = el("div", "matrix-key");
    const cols = q.columns.length;
    box.appendChild(A.hypotheses(q));
    q.rows.forEach((text, r) => {
      box.appendChild(el("p", "evidence", (r + 1) + ". " + text));
      const cells = el("div", "matrix-cells");
      cells.style.gridTemplateColumns = "repeat(" + cols + ", minmax(0, 1fr))";
      q.columns.forEach((hyp, c) => {
        const i = r * cols + c, want = k.cells[i], got = mine ? mine[i] : -1;
        const cell = el("div", "cell key-cell" + (mine ? (got === want ? " same" : " differs") : ""));
        cell.appendChild(el("span", "hyp", (c + 1) + " " + hyp));
        cell.appendChild(el("span", "mark", A.MARKS[want] + (mine && got !== want && got >= 0 ? " (you " + A.MARKS[got] + ")" : "")));
        cells.appendChild(cell);
      });
      box.appendChild(cells);
      if (k.rows && k.rows[r]) box.appendChild(el("p", "muted why", k.rows[r]));
    });
    return box;
  }
  function standings(list, rows, myRank) {
    list.replaceChildren();
    for (const row of rows || []) {
      const li = el("li", row.rank === myRank && row.name === state.me.name ? "me" : "");
      li.appendChild(el("span", "rank", row.rank + "."));
      li.appendChild(el("span", "who-name", row.name));
      li.appendChild(el("span", "total", String(row.total !== undefined ? row.total : Math.round(row.average))));
      list.appendChild(li);
    }
  }

  // ---- messages from the server ----
  const handlers = {
    hello(m) {
      state.hello = m;
      const pin = storage(STORE.pin), urlPin = new URLSearchParams(location.search).get("pin");
      if (pin && (!urlPin || urlPin === pin)) {  // a player of this game: rejoin at once
        state.autoJoin = true;
        join(pin, storage(STORE.name) || "", Number(storage(STORE.team) || -1));
      } else {
        showJoin("");
      }
    },
    welcome(m) {
      state.joined = true;
      state.me = {name: m.name, team: m.team, total: m.total};
      storage(STORE.pin, state.joiningPin);
      storage(STORE.name, m.name);
      header();
      setLink("online", m.rejoined ? "Rejoined" : "Connected");
      $("lobby-title").textContent = (state.hello && state.hello.title) || "";
      $("lobby-name").textContent = m.name + (m.team ? " · " + m.team : "");
      if (m.phase === "lobby") show("lobby");
      else if (document.body.dataset.screen === "join" || document.body.dataset.screen === "connecting")
        showWaiting("Welcome back", "Watch the projector: your phone follows the game.");
    },
    question: onQuestion,
    ack(m) {
      if (!state.question || m.question !== state.question.question) return;
      state.sent = true;
      showWaiting("Answer received", "Waiting for the others…");
    },
    locked(m) {
      if (!state.question || m.question !== state.question.question) return;
      if (state.sent || state.question.answered) showWaiting("Answer received", "Answers are closed. Watch the projector.");
      else showWaiting("Time's up", "Answers are closed.");
    },
    reveal: onReveal,
    leaderboard(m) {
      state.me.total = m.total;
      header();
      $("lb-you").textContent = "You: rank " + m.rank + " · " + m.total + " points";
      standings($("lb-top"), m.top, m.rank);
      standings($("lb-teams"), m.teams, -1);
      show("leaderboard");
    },
    podium(m) {
      state.me.total = m.total;
      header();
      $("pd-you").textContent = "You finished " + m.rank + ". with " + m.total + " points";
      standings($("pd-places"), m.places, m.rank);
      standings($("pd-teams"), m.teams, -1);
      show("podium");
    },
    kicked(m) { over("Removed from the game", m.reason || "The teacher removed you from this game.", null); },
    ended() {
      storage(STORE.pin, null);
      over("The game has ended", "Thank you for playing.", null);
    },
    error(m) {
      const text = m.message || m.code;
      if (m.code === "taken_over") {
        over("Playing in another tab", text, "Play here");
      } else if (m.for === "join" || ["bad_pin", "pin_tries", "bad_name", "bad_team", "game_full",
                                        "kicked", "bad_token"].includes(m.code)) {
        if (state.autoJoin && m.code !== "pin_tries") storage(STORE.pin, null);
        state.autoJoin = false;
        showJoin(text);
      } else if (m.code === "duplicate") {
        showWaiting("Answer received", "Waiting for the others…");
      } else if (m.for === "answer") {
        state.sent = false;
        $("q-error").textContent = text;
        if (state.question && ["late", "wrong_phase", "wrong_question"].includes(m.code)) showWaiting("Time's up", text);
        else { show("question"); refreshSend(); }
      } else {
        $("q-error").textContent = text;
      }
    },
  };
  function over(title, text, button) {
    state.reconnect = false;
    $("over-title").textContent = title;
    $("over-text").textContent = text;
    $("over-button").hidden = !button;
    if (button) $("over-button").textContent = button;
    setLink("offline", "Not connected");
    show("over");
  }
  $("over-button").addEventListener("click", () => {
    state.reconnect = true;
    state.tries = 0;
    connect();
  });

  // ---- start ----
  const urlPin = new URLSearchParams(location.search).get("pin");
  if (urlPin && /^[0-9]{6}$/.test(urlPin)) $("pin").value = urlPin;
  else if (storage(STORE.pin)) $("pin").value = storage(STORE.pin);
  if (storage(STORE.name)) $("name").value = storage(STORE.name);
  document.addEventListener("visibilitychange", () => { if (!document.hidden) wake(); });
  window.addEventListener("online", wake);
  window.addEventListener("pageshow", wake);
  connect();
})();
