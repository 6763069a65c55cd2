//! No import cycles: no module of `src/` imports a module that imports it back, directly or
//! through others. The engine (`src/domain/`) and `src/vectors.rs` are held to it strictly; the
//! interface (`src/ui/`) is read the same way and its cycles are printed, not failed on, while
//! it is being rewritten (issue 14 removes them: `case_menu` ↔ `wizard` and the like).
//!
//! A module is a file (`x.rs`, or `x/mod.rs` for a directory). An import is a `use` of the module
//! (public re-exports included: they make the module depend on what they name) and every path
//! written in its code or its macros that starts with `crate::`, `super::`, `self::` or the name
//! of a child module. A path through a public re-export counts as an import of the module that
//! defines the item, not of the one that re-exports it (`crate::domain::Lang` imports
//! `domain::lang`). Inline modules (`mod tests { … }`) count as part of their file.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use proc_macro2::{TokenStream, TokenTree};
use syn::visit::Visit;

type ModPath = Vec<String>;

/// What one module declares and refers to.
#[derive(Default)]
struct Module {
    /// Child modules (files and inline ones).
    children: BTreeSet<String>,
    /// Names a `pub use` makes visible here, with the absolute path they stand for.
    reexports: BTreeMap<String, ModPath>,
}

/// A path written in the code, with the module it is written in.
struct Reference {
    file_module: ModPath,
    context: ModPath,
    segments: Vec<String>,
}

#[derive(Default)]
struct Crate {
    modules: BTreeMap<ModPath, Module>,
    file_modules: BTreeSet<ModPath>,
    references: Vec<Reference>,
}

/// The module path of a source file: `src/domain/drafts/mod.rs` → `domain::drafts`.
fn module_of(src: &Path, file: &Path) -> ModPath {
    let rel = file.strip_prefix(src).unwrap();
    let mut parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    let last = parts.pop().unwrap();
    match last.as_str() {
        "lib.rs" | "mod.rs" => {}
        name => parts.push(name.trim_end_matches(".rs").to_string()),
    }
    parts
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

struct Collector<'a> {
    krate: &'a mut Crate,
    file_module: ModPath,
    context: ModPath,
}

impl Collector<'_> {
    fn reference(&mut self, segments: Vec<String>) {
        if segments.is_empty() {
            return;
        }
        self.krate.references.push(Reference {
            file_module: self.file_module.clone(),
            context: self.context.clone(),
            segments,
        });
    }

    fn use_tree(&mut self, tree: &syn::UseTree, prefix: &mut Vec<String>, public: bool) {
        match tree {
            syn::UseTree::Path(p) => {
                prefix.push(p.ident.to_string());
                self.use_tree(&p.tree, prefix, public);
                prefix.pop();
            }
            syn::UseTree::Name(n) => {
                let name = n.ident.to_string();
                let mut full = prefix.clone();
                if name != "self" {
                    full.push(name.clone());
                }
                let alias = if name == "self" {
                    prefix.last().cloned()
                } else {
                    Some(name)
                };
                self.leaf(full, alias, public);
            }
            syn::UseTree::Rename(r) => {
                let mut full = prefix.clone();
                if r.ident != "self" {
                    full.push(r.ident.to_string());
                }
                self.leaf(full, Some(r.rename.to_string()), public);
            }
            syn::UseTree::Glob(_) => self.reference(prefix.clone()),
            syn::UseTree::Group(g) => {
                for t in &g.items {
                    self.use_tree(t, prefix, public);
                }
            }
        }
    }

    fn leaf(&mut self, full: Vec<String>, alias: Option<String>, public: bool) {
        if public {
            if let (Some(alias), Some(abs)) = (alias, absolute(&self.context, &full, None)) {
                self.krate
                    .modules
                    .entry(self.context.clone())
                    .or_default()
                    .reexports
                    .insert(alias, abs);
            }
        }
        self.reference(full);
    }

    /// Paths inside macro invocations (`format!`, `matches!`, …): `crate :: a :: b` and the like.
    fn tokens(&mut self, tokens: TokenStream) {
        let flat: Vec<TokenTree> = tokens.into_iter().collect();
        let mut i = 0;
        while i < flat.len() {
            match &flat[i] {
                TokenTree::Group(g) => self.tokens(g.stream()),
                TokenTree::Ident(id) if ["crate", "super", "self"].contains(&&*id.to_string()) => {
                    let mut segments = vec![id.to_string()];
                    let mut j = i + 1;
                    while j + 2 < flat.len() + 1 {
                        match (&flat.get(j), &flat.get(j + 1), &flat.get(j + 2)) {
                            (
                                Some(TokenTree::Punct(a)),
                                Some(TokenTree::Punct(b)),
                                Some(TokenTree::Ident(next)),
                            ) if a.as_char() == ':' && b.as_char() == ':' => {
                                segments.push(next.to_string());
                                j += 3;
                            }
                            _ => break,
                        }
                    }
                    if segments.len() > 1 {
                        self.reference(segments);
                    }
                    i = j;
                    continue;
                }
                _ => {}
            }
            i += 1;
        }
    }
}

impl<'ast> Visit<'ast> for Collector<'_> {
    fn visit_item_mod(&mut self, m: &'ast syn::ItemMod) {
        let name = m.ident.to_string();
        self.krate
            .modules
            .entry(self.context.clone())
            .or_default()
            .children
            .insert(name.clone());
        if let Some((_, items)) = &m.content {
            self.context.push(name);
            self.krate.modules.entry(self.context.clone()).or_default();
            for item in items {
                self.visit_item(item);
            }
            self.context.pop();
        }
    }

    fn visit_item_use(&mut self, u: &'ast syn::ItemUse) {
        let public = !matches!(u.vis, syn::Visibility::Inherited);
        self.use_tree(&u.tree, &mut Vec::new(), public);
    }

    fn visit_path(&mut self, p: &'ast syn::Path) {
        if p.leading_colon.is_none() && p.segments.len() > 1 {
            let segments = p.segments.iter().map(|s| s.ident.to_string()).collect();
            self.reference(segments);
        }
        syn::visit::visit_path(self, p);
    }

    fn visit_macro(&mut self, m: &'ast syn::Macro) {
        self.tokens(m.tokens.clone());
        syn::visit::visit_macro(self, m);
    }
}

/// The absolute path of `segments` written in module `context`, if it starts at the crate
/// (`crate::`, `super::`, `self::`) or at a child module of `context` (`children` known).
fn absolute(
    context: &ModPath,
    segments: &[String],
    children: Option<&BTreeSet<String>>,
) -> Option<ModPath> {
    let first = segments.first()?;
    let mut base = context.clone();
    let mut rest = segments;
    match first.as_str() {
        "crate" => {
            base.clear();
            rest = &segments[1..];
        }
        "self" => rest = &segments[1..],
        "super" => {
            while rest.first().is_some_and(|s| s == "super") {
                base.pop()?;
                rest = &rest[1..];
            }
        }
        name if children.is_some_and(|c| c.contains(name)) => {}
        _ => return None,
    }
    base.extend(rest.iter().cloned());
    Some(base)
}

impl Crate {
    fn read(src: &Path, skip: &[&str]) -> Crate {
        let mut files = Vec::new();
        rust_files(src, &mut files);
        files.sort();
        let mut krate = Crate::default();
        for file in files {
            let rel = file
                .strip_prefix(src)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            if skip
                .iter()
                .any(|s| rel == *s || rel.starts_with(&format!("{s}/")))
            {
                continue;
            }
            let module = module_of(src, &file);
            if let Some((last, parent)) = module.split_last() {
                krate
                    .modules
                    .entry(parent.to_vec())
                    .or_default()
                    .children
                    .insert(last.clone());
            }
            krate.modules.entry(module.clone()).or_default();
            krate.file_modules.insert(module.clone());
            let text = fs::read_to_string(&file).unwrap();
            let ast = syn::parse_file(&text)
                .unwrap_or_else(|e| panic!("{}: does not parse: {e}", file.display()));
            let mut c = Collector {
                krate: &mut krate,
                file_module: module.clone(),
                context: module,
            };
            c.visit_file(&ast);
        }
        krate
    }

    /// The module that defines what `path` names, following public re-exports.
    fn resolve(&self, path: &[String], depth: usize) -> ModPath {
        let mut at: ModPath = Vec::new();
        for (i, segment) in path.iter().enumerate() {
            let Some(module) = self.modules.get(&at) else {
                break;
            };
            if module.children.contains(segment) {
                at.push(segment.clone());
                continue;
            }
            if let Some(target) = module.reexports.get(segment) {
                if depth < 16 && target.as_slice() != &path[..=i] {
                    let mut next = target.clone();
                    next.extend(path[i + 1..].iter().cloned());
                    return self.resolve(&next, depth + 1);
                }
            }
            break;
        }
        at
    }

    /// The file a module is written in: the longest enclosing module that is a file.
    fn file_of(&self, module: &ModPath) -> ModPath {
        let mut m = module.clone();
        while !self.file_modules.contains(&m) && !m.is_empty() {
            m.pop();
        }
        m
    }

    /// Module → the modules it imports.
    fn graph(&self) -> BTreeMap<String, BTreeSet<String>> {
        let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for m in &self.file_modules {
            g.entry(name(m)).or_default();
        }
        for r in &self.references {
            let children = self.modules.get(&r.context).map(|m| &m.children);
            // A `use` path may start at a child module; so may a path in code.
            let Some(abs) = absolute(&r.context, &r.segments, children) else {
                continue;
            };
            let target = self.file_of(&self.resolve(&abs, 0));
            if target != r.file_module {
                g.entry(name(&r.file_module))
                    .or_default()
                    .insert(name(&target));
            }
        }
        g
    }
}

fn name(m: &ModPath) -> String {
    if m.is_empty() {
        "crate".into()
    } else {
        m.join("::")
    }
}

/// Every group of modules that import each other (Tarjan's strongly connected components of
/// more than one module), each as one cycle through all of them where possible.
fn cycles(g: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct State<'a> {
        g: &'a BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        next: usize,
        out: Vec<Vec<String>>,
    }
    fn visit<'a>(s: &mut State<'a>, v: &'a str) {
        s.index.insert(v, s.next);
        s.low.insert(v, s.next);
        s.next += 1;
        s.stack.push(v);
        s.on_stack.insert(v);
        for w in s.g.get(v).into_iter().flatten() {
            let w = w.as_str();
            if !s.index.contains_key(w) {
                if s.g.contains_key(w) {
                    visit(s, w);
                    let lw = s.low[w];
                    let lv = s.low[v];
                    s.low.insert(v, lv.min(lw));
                }
            } else if s.on_stack.contains(w) {
                let iw = s.index[w];
                let lv = s.low[v];
                s.low.insert(v, lv.min(iw));
            }
        }
        if s.low[v] == s.index[v] {
            let mut scc = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on_stack.remove(w);
                scc.push(w.to_string());
                if w == v {
                    break;
                }
            }
            if scc.len() > 1 {
                scc.sort();
                s.out.push(scc);
            }
        }
    }
    let mut s = State {
        g,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        next: 0,
        out: Vec::new(),
    };
    for v in g.keys() {
        if !s.index.contains_key(v.as_str()) {
            visit(&mut s, v);
        }
    }
    s.out
}

/// A shortest cycle through `start` inside `members`: `a → b → a`.
fn cycle_through(
    g: &BTreeMap<String, BTreeSet<String>>,
    members: &[String],
    start: &str,
) -> String {
    let mut prev: BTreeMap<String, String> = BTreeMap::new();
    let mut queue = std::collections::VecDeque::from([start.to_string()]);
    let mut seen = BTreeSet::from([start.to_string()]);
    while let Some(v) = queue.pop_front() {
        for w in g.get(&v).into_iter().flatten() {
            if !members.contains(w) {
                continue;
            }
            if w == start {
                let mut path = vec![v.clone()];
                let mut at = v.clone();
                while let Some(p) = prev.get(&at) {
                    path.push(p.clone());
                    at = p.clone();
                }
                path.reverse();
                path.push(start.to_string());
                return path.join(" → ");
            }
            if seen.insert(w.clone()) {
                prev.insert(w.clone(), v.clone());
                queue.push_back(w.clone());
            }
        }
    }
    members.join(", ")
}

fn describe(g: &BTreeMap<String, BTreeSet<String>>, scc: &[String]) -> String {
    format!("{{{}}}: {}", scc.join(", "), cycle_through(g, scc, &scc[0]))
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// The library crate (`src/lib.rs` and its modules); the binaries are crates of their own.
fn library_graph() -> BTreeMap<String, BTreeSet<String>> {
    Crate::read(&src(), &["main.rs", "bin"]).graph()
}

fn strict(module: &str) -> bool {
    module == "vectors" || module == "domain" || module.starts_with("domain::")
}

#[test]
fn the_engine_has_no_import_cycles() {
    let g = library_graph();
    let engine: Vec<String> = cycles(&g)
        .iter()
        .filter(|scc| scc.iter().any(|m| strict(m)))
        .map(|scc| describe(&g, scc))
        .collect();
    assert!(
        engine.is_empty(),
        "modules that import each other:\n{}",
        engine.join("\n")
    );
    // The engine never imports the interface.
    for (from, to) in &g {
        if strict(from) {
            for t in to {
                assert!(!t.starts_with("ui"), "{from} imports {t}");
            }
        }
    }
}

/// The interface has no import cycles either: the shared context (`ui::ctx`), the browser helpers
/// (`ui::browser`), the question table (`ui::questions`) and the navigation (`ui::nav`) sit below
/// the screens that use them.
#[test]
fn the_interface_has_no_import_cycles() {
    let g = library_graph();
    let interface: Vec<String> = cycles(&g)
        .iter()
        .filter(|scc| !scc.iter().any(|m| strict(m)))
        .map(|scc| describe(&g, scc))
        .collect();
    assert!(
        interface.is_empty(),
        "modules that import each other:\n{}",
        interface.join("\n")
    );
}

/// The reader finds what it should: a planted cycle, a path through a re-export, a path in a
/// macro, a relative path to a child module.
#[test]
fn the_reader_sees_cycles_re_exports_and_macros() {
    let dir = std::env::temp_dir().join(format!("layers-test-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("a")).unwrap();
    let files = [
        ("lib.rs", "pub mod a;\npub mod low;\n"),
        (
            "a/mod.rs",
            "pub mod b;\npub mod c;\npub use crate::low::Thing;\npub fn f() { c::g(); }\n",
        ),
        (
            "a/b.rs",
            "pub fn h() -> bool { matches!(1, crate::a::b2::X) }\n",
        ),
        (
            "a/c.rs",
            "use super::Thing;\npub fn g() { super::b::h(); }\n",
        ),
        (
            "low.rs",
            "pub struct Thing;\npub fn k() { crate::a::f(); }\n",
        ),
    ];
    for (path, text) in files {
        fs::write(dir.join(path), text).unwrap();
    }
    let g = Crate::read(&dir, &[]).graph();
    fs::remove_dir_all(&dir).unwrap();
    let set = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>();
    assert_eq!(g["a"], set(&["a::c", "low"]));
    assert_eq!(g["a::c"], set(&["a::b", "low"]), "through the re-export");
    assert_eq!(g["a::b"], set(&["a"]), "inside a macro");
    assert_eq!(g["low"], set(&["a"]));
    let found = cycles(&g);
    assert_eq!(
        found,
        vec![vec![
            "a".to_string(),
            "a::b".into(),
            "a::c".into(),
            "low".into()
        ]]
    );
    let text = describe(&g, &found[0]);
    assert!(
        text.contains("a → a::c → ") || text.contains("a → low → a"),
        "{text}"
    );
}
