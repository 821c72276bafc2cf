-- A venue may require its visitors to have declared their health today: staff then see "not declared" at
-- the scan (the declarations of 1.9 need it). Numbered after every version an installation may have applied.
alter table venue add column declaration_required boolean not null default false;
