"""Passwords (argon2id), users' encrypted Ed25519 keys, roles and permissions.

Imports only the standard library, argon2-cffi, cryptography, custody.domain and custody.paths.
"""
