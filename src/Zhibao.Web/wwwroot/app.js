// Reserved for small interop helpers (downloads, charts).
