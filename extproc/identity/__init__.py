"""Who is calling: OIDC bearer-token verification and the principal it yields."""
