// Where the bytes of a wasm program go, by crate and by function (what
// `twiggy top` gives, without twiggy: it is not installable offline).
//
//   node scripts/wasm-profile.mjs <file.wasm> [--top 40] [--grep text]
//
// The wasm must keep its names (`wasm-opt -Oz -g`, see scripts/size-profile.sh).
// Prints the code size per crate (first path segment of the demangled name;
// generic `<T as Trait>` impls are counted under the crate of `T`), the
// largest functions and the data segments. Sizes are raw bytes of function
// bodies; brotli shrinks them about 3×, evenly enough to compare.
import { readFileSync } from 'node:fs';

function leb(buf, pos) {
  let result = 0, shift = 0, byte;
  do {
    byte = buf[pos++];
    result += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [result, pos];
}

/** Very small Rust demangler: legacy `_ZN…E` and v0 are both reduced to a readable path. */
export function demangle(name) {
  if (name.startsWith('_ZN')) {
    const parts = [];
    let i = 3;
    while (i < name.length && name[i] !== 'E') {
      let n = 0;
      while (name[i] >= '0' && name[i] <= '9') n = n * 10 + Number(name[i++]);
      if (n === 0) break;
      parts.push(name.slice(i, i + n));
      i += n;
    }
    if (parts.length && /^h[0-9a-f]{16}$/.test(parts.at(-1))) parts.pop();
    return parts.join('::')
      .replace(/\$LT\$/g, '<').replace(/\$GT\$/g, '>').replace(/\$u20\$/g, ' ')
      .replace(/\$RF\$/g, '&').replace(/\$C\$/g, ',').replace(/\$BP\$/g, '*')
      .replace(/\$u7b\$/g, '{').replace(/\$u7d\$/g, '}').replace(/\$u5b\$/g, '[').replace(/\$u5d\$/g, ']')
      .replace(/\$u27\$/g, "'").replace(/\$LP\$/g, '(').replace(/\$RP\$/g, ')').replace(/\.\./g, '::');
  }
  return name;
}

/** The crate a function is counted under. */
export function crateOf(path) {
  let p = path;
  // `<T as Trait>::f` → T's crate; `<T>::f` → T's crate.
  while (p.startsWith('<')) p = p.slice(1).replace(/^&(mut )?/, '').replace(/^dyn /, '');
  const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(p);
  if (!m) return '(other)';
  return m[0];
}

export function profile(bytes) {
  const buf = new Uint8Array(bytes);
  let pos = 8;
  const sections = [];
  let imports = 0;
  const bodies = [];
  const names = new Map();
  const data = [];
  while (pos < buf.length) {
    const id = buf[pos++];
    let size;
    [size, pos] = leb(buf, pos);
    const start = pos;
    const end = pos + size;
    if (id === 2) {
      let count, p = start;
      [count, p] = leb(buf, p);
      for (let k = 0; k < count; k++) {
        let len;
        [len, p] = leb(buf, p); p += len;
        [len, p] = leb(buf, p); p += len;
        const kind = buf[p++];
        if (kind === 0) { imports++; [, p] = leb(buf, p); } else if (kind === 1) { p++; const f = buf[p++]; [, p] = leb(buf, p); if (f & 1) [, p] = leb(buf, p); } else if (kind === 2) { const f = buf[p++]; [, p] = leb(buf, p); if (f & 1) [, p] = leb(buf, p); } else if (kind === 3) { p += 2; } else if (kind === 4) { p++; [, p] = leb(buf, p); }
      }
    } else if (id === 10) {
      let count, p = start;
      [count, p] = leb(buf, p);
      for (let k = 0; k < count; k++) {
        let len;
        [len, p] = leb(buf, p);
        bodies.push(len);
        p += len;
      }
    } else if (id === 11) {
      let count, p = start;
      [count, p] = leb(buf, p);
      for (let k = 0; k < count; k++) {
        let flag;
        [flag, p] = leb(buf, p);
        if (flag === 2) [, p] = leb(buf, p);
        if (flag !== 1) { while (buf[p] !== 0x0b) p++; p++; }
        let len;
        [len, p] = leb(buf, p);
        data.push(buf.slice(p, p + len));
        p += len;
      }
    } else if (id === 0) {
      let len, p = start;
      [len, p] = leb(buf, p);
      const name = new TextDecoder().decode(buf.slice(p, p + len));
      p += len;
      if (name === 'name') {
        while (p < end) {
          const sub = buf[p++];
          let sz;
          [sz, p] = leb(buf, p);
          if (sub === 1) {
            let count, q = p;
            [count, q] = leb(buf, q);
            for (let k = 0; k < count; k++) {
              let idx, l;
              [idx, q] = leb(buf, q);
              [l, q] = leb(buf, q);
              names.set(idx, new TextDecoder().decode(buf.slice(q, q + l)));
              q += l;
            }
          }
          p += sz;
        }
      }
    }
    sections.push({ id, size });
    pos = end;
  }
  const functions = bodies.map((size, i) => {
    const raw = names.get(imports + i) || `func[${imports + i}]`;
    const path = demangle(raw);
    return { size, path, crate: crateOf(path) };
  });
  return { sections, functions, data, total: buf.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const file = args[0];
  const top = Number(args[args.indexOf('--top') + 1]) || 40;
  const grep = args.includes('--grep') ? args[args.indexOf('--grep') + 1] : null;
  const { functions, data, total } = profile(readFileSync(file));
  const code = functions.reduce((s, f) => s + f.size, 0);
  const dataSize = data.reduce((s, d) => s + d.length, 0);
  const kb = (n) => (n / 1024).toFixed(1).padStart(7);
  console.log(`${file}: ${kb(total)} KB raw; code ${kb(code)} KB in ${functions.length} functions; data ${kb(dataSize)} KB`);
  const list = grep ? functions.filter((f) => f.path.includes(grep)) : functions;
  if (grep) console.log(`matching "${grep}": ${list.length} functions, ${kb(list.reduce((s, f) => s + f.size, 0))} KB`);
  const byCrate = new Map();
  for (const f of list) {
    const c = byCrate.get(f.crate) || { size: 0, n: 0 };
    c.size += f.size; c.n++;
    byCrate.set(f.crate, c);
  }
  console.log('\nby crate (KB raw, functions):');
  for (const [crate, c] of [...byCrate].sort((a, b) => b[1].size - a[1].size).slice(0, top)) {
    console.log(`${kb(c.size)}  ${String(c.n).padStart(5)}  ${crate}`);
  }
  console.log('\nlargest functions (bytes):');
  for (const f of [...list].sort((a, b) => b.size - a.size).slice(0, top)) {
    console.log(`${String(f.size).padStart(7)}  ${f.path.slice(0, 150)}`);
  }
}
