// The newcomer page's start script (index.html, right after #boot-message;
// scripts/post-build.mjs fills in the site's languages and files and gives
// it a hashed name with an integrity attribute). A classic script, not
// Trunk's module: the parser runs it as soon as it and the style sheets have
// arrived, long before the wasm. It only guesses and shows; the app decides.
{
  const site = /* site */ { shipped: [], files: [] };
  const { shipped, files } = site;
  const primary = (tag) => String(tag).toLowerCase().split('-')[0];
  const pseudo = new URLSearchParams(location.search).has('pseudo');

  // Language hint: preload the likely language's files (the one remembered
  // on this phone, else the first of the browser's languages the site
  // ships), so they arrive while the wasm downloads instead of one round
  // trip after it. A wrong guess costs one language's files.
  let pick = null;
  // The key of src/shell/prefs.rs (LOCALE_KEY).
  try { pick = localStorage.getItem('waymark.locale'); } catch (_) { /* storage off */ }
  if (!shipped.includes(pick) && pick !== 'en') {
    pick = (navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language])
      .map(primary).find((l) => l === 'en' || shipped.includes(l));
  }
  if (shipped.includes(pick) && !pseudo) {
    for (const file of files) {
      const link = document.createElement('link');
      link.rel = 'preload';
      link.as = 'fetch';
      link.crossOrigin = 'anonymous';
      link.href = `locales/${pick}/${file}`;
      document.head.append(link);
    }
  }

  // First frame: on the checklist (the first screen of a first visit), its
  // heading and introduction stand where the app will draw them, until the
  // app has started and removes #boot-message. First in the likely
  // language; once config/org.toml has arrived, in the language the app
  // will choose (src/ui/i18n.rs: the remembered choice if the organisation
  // enables it, else the first of the browser's languages it enables, else
  // its default), or back to "Loading…" on any doubt about that file. The
  // texts come from the site's own locale files (an organisation's edit
  // shows here too), which the app reads anyway: every file fetched here is
  // handed to the app (window.waymarkStarted, taken once by
  // src/shell/net.rs), so none is fetched twice.
  const route = location.hash.replace(/^#\/?/, '');
  const first = document.getElementById('boot-message');
  if (first && (route === '' || route === 'checklist') && !pseudo) {
    const started = (window.waymarkStarted = {});
    const read = (path) => {
      started[path] = started[path] || fetch(path, { cache: 'no-cache' });
      return started[path].then((r) => (r.ok ? r.clone().text() : ''), () => '');
    };
    // The value of a plain one-line message (no placeable, no continuation
    // or attribute lines), else null: anything else is the app's to format.
    // (Lines may end in CRLF when edited on Windows; a value may go on
    // after blank lines.)
    const message = (source, id) => {
      const text = source.replace(/\r\n?/g, '\n');
      const m = text.match(new RegExp(`^${id} *= *(\\S.*)$`, 'm'));
      if (!m || /[{}]/.test(m[1])) return null;
      const next = text.slice(m.index + m[0].length).split('\n').slice(1).find((line) => line.trim());
      return next && /^\s/.test(next) ? null : m[1].trim();
    };
    let wanted;
    const show = (lang) => {
      // The app has drawn its own screen (and read the files itself).
      if (!document.getElementById('boot-message')) return;
      wanted = lang;
      const texts = lang ? Promise.all([read(`locales/${lang}/checklist.ftl`), read(`locales/${lang}/app.ftl`)]) : Promise.resolve(['', '']);
      texts.then(([checklist, app]) => {
        const boot = document.getElementById('boot-message');
        if (wanted !== lang || !boot) return;
        const frame = [message(checklist, 'checklist-heading'), message(checklist, 'checklist-intro'), message(app, 'app-loading')];
        if (!frame.every(Boolean)) { boot.replaceWith(first); return; }
        if (boot.lang === lang) return;
        const div = document.createElement('div');
        div.id = 'boot-message';
        div.className = 'boot-frame';
        div.lang = lang;
        div.dir = 'auto';
        const [heading, lead, wait] = ['h1', 'p', 'p'].map((tag, i) => {
          const el = document.createElement(tag);
          el.textContent = frame[i];
          return el;
        });
        lead.className = 'lead';
        wait.setAttribute('role', 'status');
        div.append(heading, lead, wait);
        boot.replaceWith(div);
      });
    };
    const chosen = (text) => {
      // Top-level keys only (before the first [table]), comments removed.
      const top = text.split(/^\s*\[/m)[0].split('\n').map((l) => l.replace(/#.*/, '')).join('\n');
      const def = top.match(/^\s*default_locale\s*=\s*"([^"]*)"\s*$/m);
      const list = top.match(/^\s*enabled_locales\s*=\s*\[([^\]]*)\]/m);
      const known = ['en', ...shipped];
      const enabled = list ? [...list[1].matchAll(/"([^"]*)"/g)].map((m) => m[1]) : known;
      if (!def || !enabled.length || !enabled.includes(def[1]) || !enabled.every((l) => known.includes(l))) return null;
      let remembered = null;
      try { remembered = localStorage.getItem('waymark.locale'); } catch (_) { /* storage off */ }
      if (enabled.includes(remembered)) return remembered;
      const asked = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
      return asked.map(primary).find((l) => enabled.includes(l)) || def[1];
    };
    show(pick);
    read('config/org.toml').then((text) => show(chosen(text)));
  }
}
