-- Administrative units as a tree of any depth. Loaded from the official list on first start.
create table geo_unit (
    code        varchar(10) primary key,
    parent_code varchar(10) references geo_unit (code),
    level       smallint    not null,
    name        text        not null,
    type        text        not null
);
create index geo_unit_parent on geo_unit (parent_code);
