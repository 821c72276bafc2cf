-- Every app node caches the holder of an API token and their roles for the self check-in (issue 13): a
-- revoked token or a changed grant, by whatever code, tells every node at commit to forget it.

-- A revoked token names itself; a mass delete (expired tokens, hourly) empties the nodes' caches instead of
-- sending a notice per row.
create function api_token_forgotten() returns trigger language plpgsql as $$
begin
    if (select count(*) from gone) > 100 then
        perform pg_notify('gz_invalidate', 'token:*');
    else
        perform pg_notify('gz_invalidate', 'token:' || token_hash) from gone;
    end if;
    return null;
end $$;

create trigger api_token_forgotten after delete on api_token referencing old table as gone
    for each statement execute function api_token_forgotten();

create function role_grant_changed() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        perform pg_notify('gz_invalidate', 'person:' || old.person_id);
    end if;
    if tg_op <> 'DELETE' then
        perform pg_notify('gz_invalidate', 'person:' || new.person_id);
    end if;
    return null;
end $$;

create trigger role_grant_changed after insert or update or delete on role_grant
    for each row execute function role_grant_changed();
