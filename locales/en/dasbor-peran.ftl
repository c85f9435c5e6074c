## Dashboard page 8: Peran & audit.
dasbor-peran-title = Roles & audit
dasbor-peran-holders-title = Role holders
dasbor-peran-invites-title = Open invites
dasbor-peran-audit-title = Audit log
dasbor-peran-col-name = Name
dasbor-peran-col-role = Role
dasbor-peran-col-area = Area
dasbor-peran-col-by = Made by
dasbor-peran-col-created = Made
dasbor-peran-col-expires = Valid until
dasbor-peran-col-when = When
dasbor-peran-col-actor = Actor
dasbor-peran-col-action = Action
dasbor-peran-col-subject = Subject
dasbor-peran-col-detail = Detail
dasbor-peran-kelurahan = Kelurahan level
dasbor-peran-revoke = Revoke…
dasbor-peran-confirm-title = Confirm revoking a role
dasbor-peran-back = Back to Roles & audit
# $name (String)
dasbor-peran-revoked = The role of { $name } was revoked and recorded in the audit log. They were told.
dasbor-peran-no-holders = No stored role holders yet.
dasbor-peran-no-invites = No open invites.
dasbor-peran-no-audit = No matching entries.
dasbor-peran-config-admins = Admins listed in LPMK_ADMINS in the configuration are not shown here and cannot be revoked from the dashboard.
dasbor-peran-all-actions = Every action
dasbor-peran-filter = Filter
