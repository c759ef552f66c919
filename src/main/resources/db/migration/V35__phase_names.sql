-- A phase's name in the programme's three languages; English stays its identifier (applications
-- record the phase whose rule they were granted under by that name).
alter table funding_phase
    add column name_zh_hk varchar(120),
    add column name_zh_cn varchar(120);

update funding_phase
set name_zh_hk = '啟動階段',
    name_zh_cn = '启动阶段'
where name = 'Launch phase';
