//! Screens and the URL hash that selects them.
//!
//! Owns the mapping between `#/checklist`-style hashes and [`Screen`]. Hash
//! routing (not path routing) keeps the site working from any sub-path of a
//! static host with no rewrite rules. This module never touches the browser:
//! the shell reads `location.hash` and passes the string in.

/// One screen of the app, selected by the URL hash.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Screen {
    Checklist,
    Intake,
    Export,
    Settings,
    Org,
}

impl Screen {
    /// Every screen in navigation order.
    pub const ALL: [Screen; 5] = [Screen::Checklist, Screen::Intake, Screen::Export, Screen::Settings, Screen::Org];

    /// The screen for a `location.hash` value. Anything unknown (an empty
    /// hash, a typo, a hash from an old link) opens the checklist, the
    /// newcomer's starting point, rather than an error page.
    pub fn from_hash(hash: &str) -> Screen {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let first = path.split(['/', '?']).next().unwrap_or("");
        Screen::ALL.into_iter().find(|s| s.slug() == first).unwrap_or(Screen::Checklist)
    }

    /// The stable path segment of this screen, used in links and tests.
    pub fn slug(self) -> &'static str {
        match self {
            Screen::Checklist => "checklist",
            Screen::Intake => "intake",
            Screen::Export => "export",
            Screen::Settings => "settings",
            Screen::Org => "org",
        }
    }

    /// The `href` that opens this screen.
    pub fn href(self) -> String {
        format!("#/{}", self.slug())
    }
}

/// Whether a link's `href` (as written in the page) moves between screens
/// of this page: `#/…`. The shell follows such links by *replacing* the
/// history entry, so the app only ever has one entry in the tab's history
/// and quick exit (which replaces that one) leaves none behind for Back.
/// Anything else (`#main`, other pages, other sites) is left to the browser.
pub fn is_screen_link(href: &str) -> bool {
    href.starts_with("#/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_screen_links_are_followed_in_place() {
        for screen in Screen::ALL {
            assert!(is_screen_link(&screen.href()));
        }
        assert!(is_screen_link("#/intake/2"));
        for other in ["#main", "org.html", "./#/checklist", "https://www.gov.pl/", "", "#"] {
            assert!(!is_screen_link(other), "{other}");
        }
    }

    #[test]
    fn every_screen_round_trips_through_its_hash() {
        for screen in Screen::ALL {
            assert_eq!(Screen::from_hash(&screen.href()), screen);
        }
    }

    #[test]
    fn unknown_or_empty_hashes_open_the_checklist() {
        for hash in ["", "#", "#/", "#/nope", "#/ORG", "garbage"] {
            assert_eq!(Screen::from_hash(hash), Screen::Checklist, "{hash}");
        }
    }

    #[test]
    fn sub_paths_and_queries_after_the_screen_are_ignored() {
        assert_eq!(Screen::from_hash("#/intake/3"), Screen::Intake);
        assert_eq!(Screen::from_hash("#/org?x=1"), Screen::Org);
        assert_eq!(Screen::from_hash("#org"), Screen::Org);
    }
}
