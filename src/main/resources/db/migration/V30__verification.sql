-- Measurement and verification (IPMVP) of an implemented improvement: one case per application,
-- its readings per period and carrier, the independent variables, evidence files, and the frozen
-- results QA signed (each re-computation a new snapshot; earlier ones stay for "as at" reads).
create table verification_case (
    id                bigserial     primary key,
    application_ref   varchar(20)   not null unique,
    -- copied from the application when the case is opened: who may see it, what it counts as
    factory_br        varchar(8)    not null,
    provider_code     varchar(20),
    scheme            varchar(30)   not null,
    technology        varchar(30),
    project_cost_hkd  numeric(14,2) not null default 0,
    ipmvp_option      varchar(1)    not null check (ipmvp_option in ('A', 'B', 'C', 'D')),
    boundary          text          not null,
    region            varchar(30)   not null,
    baseline_from     date          not null,
    baseline_to       date          not null,
    reporting_from    date          not null,
    reporting_to      date          not null,
    status            varchar(20)   not null,
    qa_comments       text,
    created_by        varchar(100)  not null,
    created_at        timestamptz   not null default now(),
    signed_by         varchar(100),
    signed_on         date,
    version           bigint        not null default 0,
    constraint verification_case_baseline check (baseline_to >= baseline_from),
    constraint verification_case_reporting check (reporting_to >= reporting_from),
    constraint verification_case_order check (reporting_from > baseline_to)
);
create index verification_case_factory on verification_case (factory_br);
create index verification_case_provider on verification_case (provider_code);
create index verification_case_status on verification_case (status);

create table verification_measure (
    case_id      bigint       not null references verification_case (id) on delete cascade,
    position     integer      not null,
    technology   varchar(30)  not null,
    description  varchar(500) not null,
    primary key (case_id, position)
);

create table verification_carrier (
    case_id  bigint      not null references verification_case (id) on delete cascade,
    carrier  varchar(30) not null,
    primary key (case_id, carrier)
);

-- An independent variable of the baseline model (e.g. production_t, cooling degree days).
create table verification_variable (
    case_id   bigint      not null references verification_case (id) on delete cascade,
    position  integer     not null,
    name      varchar(40) not null,
    primary key (case_id, position),
    unique (case_id, name)
);

-- One measured quantity of a carrier in a period (a month or any dated interval).
create table verification_reading (
    case_id          bigint         not null references verification_case (id) on delete cascade,
    period_from      date           not null,
    period_to        date           not null,
    carrier          varchar(30)    not null,
    quantity         numeric(18,4)  not null check (quantity >= 0),
    voc_content_pct  numeric(7,4)   check (voc_content_pct between 0 and 100),
    primary key (case_id, period_from, carrier)
);

create table verification_variable_value (
    case_id      bigint         not null references verification_case (id) on delete cascade,
    period_from  date           not null,
    period_to    date           not null,
    variable     varchar(40)    not null,
    value        numeric(18,4)  not null,
    primary key (case_id, period_from, variable)
);

-- Bills, meter photos, lab and stack-test reports, per period.
create table verification_evidence (
    id            bigserial    primary key,
    case_id       bigint       not null references verification_case (id) on delete cascade,
    period_from   date         not null,
    period_to     date         not null,
    filename      varchar(200) not null,
    content_type  varchar(100) not null,
    size_bytes    bigint       not null,
    content       bytea        not null,
    uploaded_by   varchar(100) not null,
    uploaded_at   timestamptz  not null default now()
);
create index verification_evidence_case on verification_evidence (case_id);

-- Emission factors as data: a correction is a new row (same key, recorded later), never an update.
create table emission_factor (
    id           bigserial     primary key,
    pollutant    varchar(10)   not null check (pollutant in ('CO2', 'NOX', 'SO2', 'PM', 'VOC')),
    carrier      varchar(30)   not null,
    region       varchar(30)   not null,
    valid_from   date          not null,
    value        numeric(18,10) not null check (value >= 0),
    unit         varchar(20)   not null,
    source       text          not null,
    recorded_by  varchar(100)  not null,
    recorded_at  timestamptz   not null default now()
);
create index emission_factor_lookup on emission_factor (pollutant, carrier, region, valid_from);

-- Tariffs (HK$ per unit of a carrier) by region and date, for cost savings and payback.
create table tariff (
    id                 bigserial     primary key,
    carrier            varchar(30)   not null,
    region             varchar(30)   not null,
    valid_from         date          not null,
    price_hkd          numeric(14,4) not null check (price_hkd >= 0),
    source             text          not null,
    recorded_by        varchar(100)  not null,
    recorded_at        timestamptz   not null default now()
);
create index tariff_lookup on tariff (carrier, region, valid_from);

-- A frozen result: written when QA signs and at every audited re-computation. The annual figures are
-- columns so the programme's outcomes add up in the database; the whole result (model, factors,
-- inputs) is kept as JSON for the report "as at" its date.
create table verification_result (
    id                  bigserial      primary key,
    -- the case; none for a result recorded from legacy records (imported by the application's reference)
    case_id             bigint         references verification_case (id),
    application_ref     varchar(20)    not null,
    computed_at         timestamptz    not null default now(),
    computed_on         date           not null,
    reason              varchar(20)    not null check (reason in ('SIGNED', 'RECOMPUTED', 'IMPORTED')),
    actor               varchar(100)   not null,
    note                text,
    signed_on           date           not null,
    technology          varchar(30),
    electricity_mwh     numeric(18,6)  not null default 0,
    co2_t               numeric(18,6)  not null default 0,
    nox_t               numeric(18,6)  not null default 0,
    so2_t               numeric(18,6)  not null default 0,
    voc_t               numeric(18,6)  not null default 0,
    pm_t                numeric(18,6)  not null default 0,
    wastewater_m3       numeric(18,4)  not null default 0,
    cost_saving_hkd     numeric(14,2)  not null default 0,
    project_cost_hkd    numeric(14,2)  not null default 0,
    factor_ids          bigint[]       not null default '{}',
    tariff_ids          bigint[]       not null default '{}',
    result              jsonb          not null,
    inputs              jsonb          not null
);
create index verification_result_case on verification_result (case_id, computed_at desc);
create index verification_result_application on verification_result (application_ref, computed_at desc);
create index verification_result_signed on verification_result (signed_on);

-- Seed factors. Values in kg of pollutant per unit of the carrier. Derivations are in the source.
insert into emission_factor (pollutant, carrier, region, valid_from, value, unit, source, recorded_by) values
  ('CO2', 'ELECTRICITY_KWH', 'GUANGDONG', '2008-04-01', 0.9063, 'kg/kWh',
   'China Southern regional grid, operating margin (OM) emission factor for 2012, 0.9063 tCO2/MWh: NDRC, "2016年度中国区域电网二氧化碳基准线排放因子OM编制说明", table of 2012-2014 OM results (the earliest year of that edition, applied from the programme''s launch until an earlier published factor is entered)', 'system'),
  ('CO2', 'ELECTRICITY_KWH', 'GUANGDONG', '2016-01-01', 0.8676, 'kg/kWh',
   'China Southern regional grid, OM emission factor 2016 edition (three-year average of 2012-2014), 0.8676 tCO2/MWh: NDRC, "2016年度中国区域电网二氧化碳基准线排放因子OM编制说明"', 'system'),
  ('CO2', 'ELECTRICITY_KWH', 'HONG_KONG_CLP', '2010-01-01', 0.80, 'kg/kWh',
   'CLP Group carbon intensity 0.80 kg CO2/kWh in 2010 (equity basis): CLP Sustainability Report 2022, case study "A review of CLP''s progress in decarbonisation over the last decade"', 'system'),
  ('CO2', 'ELECTRICITY_KWH', 'HONG_KONG_CLP', '2017-01-01', 0.69, 'kg/kWh',
   'CLP Group carbon intensity 2017, equity plus capacity purchase basis, 0.69 kg CO2/kWh: CLP Sustainability Report 2017, "Lowering GHG emissions"', 'system'),
  ('CO2', 'DIESEL_L', 'FUEL', '2006-01-01', 2.6765, 'kg/L',
   'IPCC 2006 Guidelines, Vol. 2 (Energy), Ch. 1, Table 1.2 (gas/diesel oil NCV 43.0 TJ/Gg) and Table 1.4 (74,100 kg CO2/TJ): 3.1863 kg/kg, at a density of 0.84 kg/L', 'system'),
  ('CO2', 'HEAVY_FUEL_OIL_KG', 'FUEL', '2006-01-01', 3.1270, 'kg/kg',
   'IPCC 2006 Guidelines, Vol. 2, Ch. 1, Tables 1.2 and 1.4: residual fuel oil NCV 40.4 TJ/Gg x 77,400 kg CO2/TJ', 'system'),
  ('CO2', 'LPG_KG', 'FUEL', '2006-01-01', 2.9846, 'kg/kg',
   'IPCC 2006 Guidelines, Vol. 2, Ch. 1, Tables 1.2 and 1.4: liquefied petroleum gases NCV 47.3 TJ/Gg x 63,100 kg CO2/TJ', 'system'),
  ('CO2', 'NATURAL_GAS_M3', 'FUEL', '2006-01-01', 1.9307, 'kg/m3',
   'IPCC 2006 Guidelines, Vol. 2, Ch. 1, Tables 1.2 and 1.4: natural gas NCV 48.0 TJ/Gg x 56,100 kg CO2/TJ = 2.6928 kg/kg, at 0.717 kg/m3 (0 °C, 101.325 kPa)', 'system'),
  ('CO2', 'COAL_KG', 'FUEL', '2006-01-01', 2.4407, 'kg/kg',
   'IPCC 2006 Guidelines, Vol. 2, Ch. 1, Tables 1.2 and 1.4: other bituminous coal NCV 25.8 TJ/Gg x 94,600 kg CO2/TJ', 'system'),
  ('NOX', 'DIESEL_L', 'FUEL', '2006-01-01', 0.0023965, 'kg/L',
   'US EPA AP-42, 5th ed., Vol. I, Section 1.3 (Fuel Oil Combustion), Table 1.3-1: distillate oil, industrial boilers, 20 lb NOx per 1,000 gal', 'system'),
  ('SO2', 'DIESEL_L', 'FUEL', '2006-01-01', 0.00085076, 'kg/L',
   'US EPA AP-42, Section 1.3, Table 1.3-1: distillate oil, 142S lb SO2 per 1,000 gal, with S = 0.05 % sulphur by weight', 'system'),
  ('PM', 'DIESEL_L', 'FUEL', '2006-01-01', 0.00023965, 'kg/L',
   'US EPA AP-42, Section 1.3, Table 1.3-1: distillate oil, filterable PM 2 lb per 1,000 gal', 'system'),
  ('NOX', 'NATURAL_GAS_M3', 'FUEL', '2006-01-01', 0.0016019, 'kg/m3',
   'US EPA AP-42, Section 1.4 (Natural Gas Combustion), Table 1.4-1: small boilers, uncontrolled, 100 lb NOx per 10^6 scf', 'system'),
  ('SO2', 'NATURAL_GAS_M3', 'FUEL', '2006-01-01', 0.0000096110, 'kg/m3',
   'US EPA AP-42, Section 1.4, Table 1.4-2: 0.6 lb SO2 per 10^6 scf', 'system'),
  ('PM', 'NATURAL_GAS_M3', 'FUEL', '2006-01-01', 0.00012174, 'kg/m3',
   'US EPA AP-42, Section 1.4, Table 1.4-2: total PM 7.6 lb per 10^6 scf', 'system');

-- Indicative tariffs for the programme's first years; officers enter the published ones.
insert into tariff (carrier, region, valid_from, price_hkd, source, recorded_by) values
  ('ELECTRICITY_KWH', 'GUANGDONG', '2008-04-01', 0.9500, 'Indicative Guangdong industrial electricity tariff (about RMB 0.80/kWh), design value to be replaced by the published tariff', 'system'),
  ('ELECTRICITY_KWH', 'HONG_KONG_CLP', '2008-04-01', 1.0000, 'Indicative CLP non-residential tariff, design value to be replaced by the published tariff', 'system'),
  ('DIESEL_L', 'GUANGDONG', '2008-04-01', 8.5000, 'Indicative diesel price, design value', 'system'),
  ('HEAVY_FUEL_OIL_KG', 'GUANGDONG', '2008-04-01', 5.0000, 'Indicative heavy fuel oil price, design value', 'system'),
  ('LPG_KG', 'GUANGDONG', '2008-04-01', 8.0000, 'Indicative LPG price, design value', 'system'),
  ('NATURAL_GAS_M3', 'GUANGDONG', '2008-04-01', 4.5000, 'Indicative industrial natural gas price, design value', 'system'),
  ('COAL_KG', 'GUANGDONG', '2008-04-01', 1.0000, 'Indicative steam coal price, design value', 'system'),
  ('TOWN_WATER_M3', 'GUANGDONG', '2008-04-01', 3.5000, 'Indicative industrial water tariff, design value', 'system'),
  ('WASTEWATER_M3', 'GUANGDONG', '2008-04-01', 1.5000, 'Indicative sewage treatment charge, design value', 'system'),
  ('SOLVENT_KG', 'GUANGDONG', '2008-04-01', 15.0000, 'Indicative industrial solvent price, design value', 'system');
