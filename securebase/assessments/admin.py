# Results are not registered in the admin: staff accounts see no client's scores anywhere.
# A clinician sees them only through a client's care-team grant (securebase.care).
