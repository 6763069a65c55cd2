//! Prints the first screen that `index.html` shows before the app has arrived (German shown,
//! English in a template); `scripts/trunk-post-build.mjs` writes it into the page's `<body>`.
//! The markup comes from `selbstcheck::ui::first_screen`, which the app's start screen uses too.

//! With `--ids` it prints the ids and names the page's loader shares with the app, as JSON
//! (`scripts/loader.js` receives them through the post-build hook).

fn main() {
    use selbstcheck::ui::first_screen;
    if std::env::args().any(|a| a == "--ids") {
        println!("{}", first_screen::ids_json());
    } else {
        println!("{}", first_screen::body_fragment());
    }
}
