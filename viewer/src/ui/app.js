// The page's flow: read the share element, ask for the code (or take it from #code=), open the
// share with the engine while showing progress, then show it, or one plain sentence.
import { h } from "./dom.js";
import { pickLanguage, translator } from "./i18n.js";
import { renderShare } from "./render.js";

/** The base64 in the share element as bytes; null when it is not base64. */
export function shareBytes(doc) {
  const el = doc.getElementById("share");
  if (!el) return { error: "not_a_share" };
  if (!doc.getElementById("share-end")) return { error: "truncated" };
  const b64 = el.textContent.replace(/\s+/g, "");
  if (!b64 || b64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(b64)) return { error: "damaged" };
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return { bytes };
}

/** The code in the address's fragment (#code=XXXX-…), removed from the address bar. */
export function codeFromAddress(win) {
  const hash = win.location.hash || "";
  const match = /(?:^#|&)code=([^&]*)/.exec(hash);
  if (!match) return null;
  try {
    win.history.replaceState(null, "", win.location.pathname + win.location.search);
  } catch {
    win.location.hash = "";
  }
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}

export function start({ doc, win, engine, now = () => new Date() }) {
  const t = translator(pickLanguage(win.navigator.languages || [win.navigator.language]));
  doc.documentElement.lang = t.lang;
  doc.title = t("title");
  const app = doc.getElementById("app");
  const urls = [];
  const fileUrl = (file) => {
    const url = win.URL.createObjectURL(new Blob([file.bytes], { type: "application/octet-stream" }));
    urls.push(url);
    return url;
  };

  const show = (...nodes) => {
    app.replaceChildren(...nodes);
  };

  const problem = (code, params = {}) => {
    const key = t.has(`e_${code}`) ? `e_${code}` : "e_internal";
    const words = { ...params };
    if (code === "expired" && params.expires) words.date = t.date(params.expires);
    if (key === "e_internal") words.detail = String(params.detail || code);
    return h("p", { class: "error", role: "alert", tabindex: "-1", "data-error": code }, t(key, words));
  };

  const fatal = (code, params) => {
    const message = problem(code, params);
    show(h("h1", {}, t("title")), message);
    app.dataset.state = "error";
    message.focus();
  };

  const got = shareBytes(doc);
  if (got.error) return fatal(got.error);
  let header;
  try {
    header = engine.readHeader(got.bytes);
  } catch (err) {
    return fatal(err?.code || "not_a_share", err?.params);
  }
  if (header && header.ok === false) return fatal(header.error.code, header.error.params);
  if ((header?.header || header)?.mode === "card") return fatal("card_share");

  const input = h("input", {
    id: "code",
    name: "code",
    type: "text",
    autocomplete: "off",
    autocapitalize: "characters",
    spellcheck: "false",
    required: true,
    "aria-describedby": "code-hint code-error",
  });
  const errorSlot = h("div", { id: "code-error" });
  const status = h("p", { class: "status", role: "status", "aria-live": "polite" });
  const button = h("button", { type: "submit" }, t("open"));
  const form = h(
    "form",
    { class: "ask", novalidate: true },
    h("label", { for: "code" }, t("codeLabel")),
    h("p", { id: "code-hint", class: "hint" }, t("codeHint")),
    h("div", { class: "row" }, input, button),
    errorSlot,
    status,
  );
  show(h("h1", {}, t("title")), h("p", { class: "intro" }, t("intro")), form);
  app.dataset.state = "ask";

  let busy = false;
  const attempt = async (text) => {
    if (busy) return;
    busy = true;
    errorSlot.replaceChildren();
    input.removeAttribute("aria-invalid");
    input.disabled = button.disabled = true;
    app.dataset.state = "opening";
    app.setAttribute("aria-busy", "true");
    status.replaceChildren(h("span", { class: "spinner", "aria-hidden": "true" }), " ", t("opening"));
    // Let the browser paint the progress before the key derivation takes the thread.
    await new Promise((resolve) => win.requestAnimationFrame(() => setTimeout(resolve, 0)));
    let result;
    const started = win.performance.now();
    try {
      const code = engine.normalizeCode(text);
      if (!code) result = { ok: false, error: { code: "bad_code" } };
      else
        result = await engine.openShare(got.bytes, code, {
          now: now(),
          onProgress: (stage, counts) => {
            if (t.has(`stage_${stage}`)) {
              status.lastChild.textContent = ` ${t(`stage_${stage}`, counts || {})}`;
            }
          },
        });
    } catch (err) {
      result = { ok: false, error: { code: err?.code || "internal", params: { detail: err?.message } } };
    }
    app.removeAttribute("aria-busy");
    busy = false;
    if (result.ok) {
      const view = renderShare(result.share, t, { fileUrl });
      show(view);
      // How long the code took to open and check the share (read by benchmarks/page_bench.py).
      app.dataset.openedInMs = String(Math.round(win.performance.now() - started));
      app.dataset.state = "open";
      doc.title = t("titleOf", { name: result.share.learner?.name || "—" });
      doc.getElementById("share-title")?.focus();
      return;
    }
    const { code, params } = result.error || { code: "internal" };
    if (code === "wrong_code" || code === "bad_code") {
      input.disabled = button.disabled = false;
      status.replaceChildren();
      const message = problem(code, params);
      errorSlot.replaceChildren(message);
      input.setAttribute("aria-invalid", "true");
      app.dataset.state = "ask";
      input.focus();
      input.select();
      return;
    }
    fatal(code, params);
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    attempt(input.value);
  });

  const fromAddress = codeFromAddress(win);
  if (fromAddress) {
    input.value = fromAddress;
    attempt(fromAddress);
  } else {
    input.focus();
  }
  win.addEventListener("pagehide", () => urls.forEach((u) => win.URL.revokeObjectURL(u)));
}
