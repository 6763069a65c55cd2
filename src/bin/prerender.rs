//! Prints the first screen that `index.html` shows before the app has arrived (German shown,
//! English in a template); `scripts/trunk-post-build.mjs` writes it into the page's `<body>`.
//! The markup comes from `selbstcheck::ui::first_screen`, which the app's start screen uses too.

fn main() {
    println!("{}", selbstcheck::ui::first_screen::body_fragment());
}
