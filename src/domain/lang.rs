//! The languages of the product. At the bottom of the engine: imports nothing of it.

/// The two languages of the product. German first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub enum Lang {
    #[default]
    De,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
        }
    }
    /// The language the interface switches to from this one.
    pub fn other(self) -> Lang {
        match self {
            Lang::De => Lang::En,
            Lang::En => Lang::De,
        }
    }
    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "de" => Some(Lang::De),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// The German or the English one of two texts (or of any two values): the one way the engine
/// chooses by language. A third language adds a parameter here, and the compiler then names every
/// text that needs its third column.
pub fn pick<T>(lang: Lang, de: T, en: T) -> T {
    match lang {
        Lang::De => de,
        Lang::En => en,
    }
}
