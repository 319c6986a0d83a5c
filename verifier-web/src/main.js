// The page: language, trusted key, dropped or chosen PDFs, results. Nothing here touches the network.

import { ed25519Engine } from "./ed25519.js";
import { LANGUAGES, pickLanguage, t } from "./i18n/index.js";
import { parseTypedKeys } from "./keys.js";
import { el, renderOutcome } from "./render.js";
import { verifyReport } from "./verify.js";

const $ = (id) => document.getElementById(id);
const state = { lang: pickLanguage(navigator.languages || [navigator.language]), files: [], run: 0 };

function applyLanguage() {
  const lang = state.lang;
  document.documentElement.lang = lang;
  document.documentElement.dir = LANGUAGES[lang].dir;
  document.title = t(lang, "title");
  for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(lang, node.dataset.i18n);
  $("key").placeholder = t(lang, "key_placeholder");
  ed25519Engine().then((engine) => {
    $("offline").textContent = t(state.lang, "about_offline", { engine });
  });
}

/** The keys typed by the reader, or a message naming the first line that is not a key. */
async function typedKeys() {
  const parsed = await parseTypedKeys($("key").value);
  return parsed.error ? { error: t(state.lang, "key_invalid", parsed.error) } : parsed;
}

async function verifyAll() {
  const run = ++state.run;
  const results = $("results");
  const { keys, error } = await typedKeys();
  const keyError = $("key-error");
  keyError.hidden = !error;
  keyError.textContent = error || "";
  $("key").setAttribute("aria-invalid", error ? "true" : "false");
  results.replaceChildren();
  if (error || state.files.length === 0) return;
  results.setAttribute("aria-busy", "true");
  const sections = [];
  for (const f of state.files) {
    const waiting = el("p", { class: "checking" }, t(state.lang, "checking", { name: f.name }));
    results.append(waiting);
    const outcome = await verifyReport(f.bytes, keys);
    if (run !== state.run) return; // the key or the files changed meanwhile
    waiting.replaceWith(renderOutcome(f.name, outcome, state.lang, keys));
    sections.push(outcome.status);
  }
  results.append(el("button", { class: "print no-print", type: "button", id: "print" }, t(state.lang, "print")));
  $("print").addEventListener("click", () => window.print());
  results.setAttribute("aria-busy", "false");
  results.dataset.done = String(run);
}

async function takeFiles(fileList) {
  const files = [...fileList];
  if (!files.length) return;
  state.files = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
  await verifyAll();
}

function setup() {
  const select = $("lang");
  for (const [code, table] of Object.entries(LANGUAGES)) {
    select.append(el("option", { value: code, lang: code }, table.name));
  }
  select.value = state.lang;
  select.addEventListener("change", () => {
    state.lang = select.value;
    applyLanguage();
    verifyAll();
  });
  applyLanguage();

  let timer = null;
  $("key").addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(verifyAll, 300);
  });

  const drop = $("drop");
  const input = $("file");
  input.addEventListener("change", () => takeFiles(input.files));
  drop.addEventListener("keydown", (e) => {
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      input.click();
    }
  });
  drop.addEventListener("dragover", (e) => {
    e.preventDefault();
    drop.classList.add("over");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("over");
    takeFiles(e.dataTransfer.files);
  });
  // A file dropped anywhere else would make the browser open it instead of this page checking it.
  window.addEventListener("dragover", (e) => e.preventDefault());
  window.addEventListener("drop", (e) => {
    e.preventDefault();
    if (!drop.contains(e.target)) takeFiles(e.dataTransfer.files);
  });
}

setup();
