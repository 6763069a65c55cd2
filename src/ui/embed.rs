//! Embedding support: URL parameters and the iframe height message (issue #6).
