-- The trail of full views of personal data (audit module). Append-only: rows are never changed or removed.
create table audit_entry (
    id           bigint generated always as identity primary key,
    at           timestamptz not null default now(),
    viewer_id    bigint      not null references person (id),
    viewer_role  varchar(32) not null,
    subject_kind varchar(32) not null,
    subject_id   text        not null,
    purpose      text        not null check (purpose <> ''),
    context      text
);
create index audit_entry_at on audit_entry (at, id);
create index audit_entry_viewer on audit_entry (viewer_id, at);
create index audit_entry_subject on audit_entry (subject_id, at);

-- A trigger, not a grant, so that the rule holds for the application's own database user too.
create function audit_entry_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op;
end
$$;
create trigger audit_entry_no_update_or_delete before update or delete on audit_entry
    for each row execute function audit_entry_refuse_change();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_refuse_change();
