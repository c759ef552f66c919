-- The named technologies a verified measure may record, under the technology categories: data, so the
-- programme adds one without a release. The CP Toolbox lists a technology's medians once enough signed
-- results record it.
create table verification_technology (
    code        varchar(40)  primary key check (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    category    varchar(30)  not null check (category in ('ENERGY_SAVING', 'VOC_REDUCTION',
                    'AIR_POLLUTANT_REDUCTION', 'EFFLUENT_REDUCTION')),
    position    integer      not null,
    name_en     varchar(200) not null,
    name_zh_hk  varchar(200) not null,
    name_zh_cn  varchar(200) not null,
    unique (category, position)
);

insert into verification_technology (code, category, position, name_en, name_zh_hk, name_zh_cn) values
  ('VSD_MOTORS_PUMPS', 'ENERGY_SAVING', 1, 'Variable speed drives on motors, pumps and fans', '摩打、水泵及風機變頻器', '电机、水泵及风机变频器'),
  ('SERVO_MOTORS', 'ENERGY_SAVING', 2, 'Servo motors for injection moulding machines and presses', '注塑機及衝壓機伺服摩打', '注塑机及冲压机伺服电机'),
  ('HEAT_RECOVERY', 'ENERGY_SAVING', 3, 'Waste heat recovery', '餘熱回收', '余热回收'),
  ('LED_LIGHTING', 'ENERGY_SAVING', 4, 'LED lighting', 'LED 照明', 'LED 照明'),
  ('COMPRESSED_AIR', 'ENERGY_SAVING', 5, 'Compressed air system optimisation and leak repair', '壓縮空氣系統優化及漏氣修復', '压缩空气系统优化及漏气修复'),
  ('INDUCTION_HEATING', 'ENERGY_SAVING', 6, 'Electromagnetic induction heating', '電磁感應加熱', '电磁感应加热'),
  ('INSULATION', 'ENERGY_SAVING', 7, 'Thermal insulation of machines and pipework', '機器及管道保溫', '机器及管道保温'),
  ('ENERGY_MANAGEMENT', 'ENERGY_SAVING', 8, 'Energy management and sub-metering system', '能源管理及分錶計量系統', '能源管理及分表计量系统'),
  ('HEAT_PUMP', 'ENERGY_SAVING', 9, 'Heat pump water heating', '熱泵熱水系統', '热泵热水系统'),
  ('RTO_THERMAL_OXIDISER', 'VOC_REDUCTION', 1, 'Regenerative thermal oxidiser (RTO)', '蓄熱式熱氧化爐（RTO）', '蓄热式热氧化炉（RTO）'),
  ('CATALYTIC_OXIDATION', 'VOC_REDUCTION', 2, 'Catalytic combustion of VOC exhaust', '揮發性有機化合物廢氣催化燃燒', '挥发性有机化合物废气催化燃烧'),
  ('ACTIVATED_CARBON', 'VOC_REDUCTION', 3, 'Activated carbon adsorption', '活性炭吸附', '活性炭吸附'),
  ('SOLVENT_RECOVERY', 'VOC_REDUCTION', 4, 'Solvent recovery', '溶劑回收', '溶剂回收'),
  ('LOW_VOC_COATINGS', 'VOC_REDUCTION', 5, 'Low-VOC or water-based inks and coatings', '低揮發性或水性油墨及塗料', '低挥发性或水性油墨及涂料'),
  ('HVLP_SPRAYING', 'VOC_REDUCTION', 6, 'High volume low pressure spray guns', '高流量低壓噴槍', '高流量低压喷枪'),
  ('BOILER_ECONOMISER', 'AIR_POLLUTANT_REDUCTION', 1, 'Boiler economiser', '鍋爐省煤器', '锅炉省煤器'),
  ('BURNER_RETROFIT', 'AIR_POLLUTANT_REDUCTION', 2, 'Low-NOx burner retrofit for cleaner combustion', '低氮氧化物燃燒器改造', '低氮氧化物燃烧器改造'),
  ('FLUE_GAS_DESULPHURISATION', 'AIR_POLLUTANT_REDUCTION', 3, 'Flue gas desulphurisation', '煙氣脫硫', '烟气脱硫'),
  ('FUEL_SWITCH', 'AIR_POLLUTANT_REDUCTION', 4, 'Switch to a cleaner fuel (gas, biogas)', '改用較清潔燃料（天然氣、沼氣）', '改用较清洁燃料（天然气、沼气）'),
  ('SOLAR_WATER_HEATING', 'AIR_POLLUTANT_REDUCTION', 5, 'Solar water heating', '太陽能熱水', '太阳能热水'),
  ('WASTEWATER_REUSE', 'EFFLUENT_REDUCTION', 1, 'Wastewater treatment and reuse', '廢水處理及回用', '废水处理及回用'),
  ('RINSE_WATER_RO', 'EFFLUENT_REDUCTION', 2, 'Reverse osmosis recycling of rinse water', '逆滲透回收漂洗水', '反渗透回收漂洗水'),
  ('METAL_RECOVERY', 'EFFLUENT_REDUCTION', 3, 'Metal recovery from plating effluent', '電鍍廢水金屬回收', '电镀废水金属回收'),
  ('BIOLOGICAL_TREATMENT', 'EFFLUENT_REDUCTION', 4, 'Biological treatment of effluent', '廢水生物處理', '废水生物处理'),
  ('ADVANCED_OXIDATION', 'EFFLUENT_REDUCTION', 5, 'Advanced oxidation of wastewater', '廢水高級氧化處理', '废水高级氧化处理');

-- a measure may name its technology, of its own category; a frozen result keeps the case's
alter table verification_measure add column technology_code varchar(40)
    references verification_technology (code);
-- (the toolbox reads a sector's results through verification_result_sector, as for the categories)
alter table verification_result add column technology_code varchar(40);
