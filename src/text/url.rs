//! Web addresses: the one check of a URL a reader may follow, used wherever a URL
//! written by someone else is shown as a link or published (`factcheck.toml`'s desk
//! url, the HTML report's links, ClaimReview's urls).

/// `url` if it is an absolute `http:` or `https:` URL (scheme in any case) with a
/// host, and without white space or control characters: nothing that could run
/// (`javascript:`), reach the file system (`file:`) or be read as another address.
/// `None` otherwise. Nothing is trimmed.
pub fn web_url(url: &str) -> Option<&str> {
    let (scheme, rest) = url.split_once("://")?;
    if !(scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https")) {
        return None;
    }
    if url.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return None;
    }
    // the authority runs to the first `/`, `?` or `#`: [user@]host[:port]
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host_port = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let host = match host_port.strip_prefix('[') {
        Some(v6) => v6.split_once(']').map_or("", |(h, _)| h),
        None => host_port.split(':').next().unwrap_or_default(),
    };
    (!host.is_empty()).then_some(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_urls_with_a_host() {
        assert_eq!(
            web_url("https://x.org/a?b=1&c"),
            Some("https://x.org/a?b=1&c")
        );
        assert_eq!(web_url("HTTP://x.org"), Some("HTTP://x.org"));
        assert_eq!(web_url("javascript:alert(1)"), None);
        assert_eq!(web_url(" https://x.org"), None);
        assert_eq!(web_url("https://x.org/\na"), None);
        assert_eq!(web_url("file:///etc/passwd"), None);
        assert_eq!(web_url("data:text/html,x"), None);
        // a host is required
        assert_eq!(web_url("https://"), None);
        assert_eq!(web_url("https:///path"), None);
        assert_eq!(web_url("https://?q=1"), None);
        assert_eq!(web_url("https://user@/x"), None);
        assert_eq!(web_url("https://:8080/x"), None);
        assert_eq!(web_url("https://[]/x"), None);
        assert_eq!(web_url("https://x.org:8080"), Some("https://x.org:8080"));
        assert_eq!(web_url("https://u:p@x.org/"), Some("https://u:p@x.org/"));
        assert_eq!(web_url("http://[::1]:80/"), Some("http://[::1]:80/"));
        assert_eq!(web_url("factcheck.example.org"), None);
        assert_eq!(web_url("https://x.org/\u{1}"), None);
    }
}
