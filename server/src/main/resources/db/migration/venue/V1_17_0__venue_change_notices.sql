-- Every app node caches a venue's poster state (suspended, QR version) for the self check-in (issue 13):
-- any change to a venue row, by whatever code, tells every node at commit to forget it. Venues change rarely,
-- so the database-wide lock a notifying commit takes costs nothing that matters.
create function venue_changed() returns trigger language plpgsql as $$
begin
    perform pg_notify('gz_invalidate', 'venue:' || old.id);
    return null;
end $$;

create trigger venue_changed after update or delete on venue
    for each row execute function venue_changed();
