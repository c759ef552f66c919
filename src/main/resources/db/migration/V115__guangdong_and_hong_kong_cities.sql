-- Since 2013 the programme covers the whole of Guangdong and Hong Kong: the seven prefecture-level
-- cities of Guangdong the PRD list lacked, and Hong Kong. Existing codes keep their codes; the
-- eligibility rule sets are unchanged (a later rule set names these cities).

insert into city (code, name_en, name_zh_hk, name_zh_cn, province) values
    ('MEIZHOU',   'Meizhou',   '梅州', '梅州', 'Guangdong'),
    ('SHANWEI',   'Shanwei',   '汕尾', '汕尾', 'Guangdong'),
    ('YANGJIANG', 'Yangjiang', '陽江', '阳江', 'Guangdong'),
    ('MAOMING',   'Maoming',   '茂名', '茂名', 'Guangdong'),
    ('CHAOZHOU',  'Chaozhou',  '潮州', '潮州', 'Guangdong'),
    ('JIEYANG',   'Jieyang',   '揭陽', '揭阳', 'Guangdong'),
    ('YUNFU',     'Yunfu',     '雲浮', '云浮', 'Guangdong'),
    ('HONG_KONG', 'Hong Kong', '香港', '香港', 'Hong Kong');

alter table city add constraint city_region check (province in ('Guangdong', 'Hong Kong'));
