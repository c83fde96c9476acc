-- The reorganisations of 2025 as data (issue 11, point 2), with the people of the units they ended
-- (point 4) and what the sources leave unassigned. Three recorded decisions, applied to the unit
-- versions of V29; every month before each one keeps the units it had, so that a report of 05/2023
-- still sees BHXH tỉnh Hà Giang and its district offices.
--
-- Sources (the project's data notes, "The reorganisations of 2025"): QĐ 391/QĐ-BTC (26/02/2025),
-- CV 03/BHXH-TCCB, QĐ 1733/QĐ-BTC (12/05/2025), NQ 202/2025/QH15, QĐ 2286/QĐ-BTC, CV 1521/BHXH-TCCB
-- (09/07/2025); the provinces, regions and new provinces are those of provinces_63_to_34_2025.csv
-- (copied below: a migration reads no file).
--
--   03/2025  the 14 central units of QĐ 391: 4 renamed, 3 unchanged, 7 created, 3 closed
--   04/2025  the 63 provincial offices become 34 regional offices (BHXH khu vực I–XXXIV)
--   07/2025  each regional office becomes the office of one of the 34 new provinces
--
-- What is written: first each decision's lines (reorganisation_change, the plan as decided), then one
-- generic step applies every decision's lines in the order of their months (end the versions, start
-- the new ones, link the successions), so that the versions are the lines' effect and nothing else.
-- Then the people of the merged offices follow, the open items are listed, and the legacy columns of
-- unit are brought in step.

-- Each 2021 province (old_code, the GSO code of V2's T-codes), the region that took over its office
-- from 04/2025 and the province of 07/2025 it became part of (new_code, new_full_name).
CREATE TEMPORARY TABLE province_2025 (
    old_code      varchar(2)   PRIMARY KEY,
    region        varchar(8)   NOT NULL,
    new_code      varchar(2)   NOT NULL,
    new_full_name varchar(100) NOT NULL
) ON COMMIT DROP;

INSERT INTO province_2025 (old_code, region, new_code, new_full_name) VALUES
    ('01', 'I', '01', 'Thành phố Hà Nội'),
    ('02', 'XIX', '08', 'Tỉnh Tuyên Quang'),
    ('04', 'IX', '04', 'Tỉnh Cao Bằng'),
    ('06', 'X', '19', 'Tỉnh Thái Nguyên'),
    ('08', 'XIX', '08', 'Tỉnh Tuyên Quang'),
    ('10', 'XVII', '15', 'Tỉnh Lào Cai'),
    ('11', 'III', '11', 'Tỉnh Điện Biên'),
    ('12', 'IV', '12', 'Tỉnh Lai Châu'),
    ('14', 'II', '14', 'Tỉnh Sơn La'),
    ('15', 'XVII', '15', 'Tỉnh Lào Cai'),
    ('17', 'XVIII', '25', 'Tỉnh Phú Thọ'),
    ('19', 'X', '19', 'Tỉnh Thái Nguyên'),
    ('20', 'V', '20', 'Tỉnh Lạng Sơn'),
    ('22', 'VIII', '22', 'Tỉnh Quảng Ninh'),
    ('24', 'XI', '24', 'Tỉnh Bắc Ninh'),
    ('25', 'XVIII', '25', 'Tỉnh Phú Thọ'),
    ('26', 'XVIII', '25', 'Tỉnh Phú Thọ'),
    ('27', 'XI', '24', 'Tỉnh Bắc Ninh'),
    ('30', 'XIII', '31', 'Thành phố Hải Phòng'),
    ('31', 'XIII', '31', 'Thành phố Hải Phòng'),
    ('33', 'XII', '33', 'Tỉnh Hưng Yên'),
    ('34', 'XII', '33', 'Tỉnh Hưng Yên'),
    ('35', 'XIV', '37', 'Tỉnh Ninh Bình'),
    ('36', 'XIV', '37', 'Tỉnh Ninh Bình'),
    ('37', 'XIV', '37', 'Tỉnh Ninh Bình'),
    ('38', 'VI', '38', 'Tỉnh Thanh Hóa'),
    ('40', 'VII', '40', 'Tỉnh Nghệ An'),
    ('42', 'XV', '42', 'Tỉnh Hà Tĩnh'),
    ('44', 'XVI', '44', 'Tỉnh Quảng Trị'),
    ('45', 'XVI', '44', 'Tỉnh Quảng Trị'),
    ('46', 'XX', '46', 'Thành phố Huế'),
    ('48', 'XXII', '48', 'Thành phố Đà Nẵng'),
    ('49', 'XXII', '48', 'Thành phố Đà Nẵng'),
    ('51', 'XXI', '51', 'Tỉnh Quảng Ngãi'),
    ('52', 'XXIII', '52', 'Tỉnh Gia Lai'),
    ('54', 'XXVI', '66', 'Tỉnh Đắk Lắk'),
    ('56', 'XXIV', '56', 'Tỉnh Khánh Hòa'),
    ('58', 'XXIV', '56', 'Tỉnh Khánh Hòa'),
    ('60', 'XXV', '68', 'Tỉnh Lâm Đồng'),
    ('62', 'XXI', '51', 'Tỉnh Quảng Ngãi'),
    ('64', 'XXIII', '52', 'Tỉnh Gia Lai'),
    ('66', 'XXVI', '66', 'Tỉnh Đắk Lắk'),
    ('67', 'XXV', '68', 'Tỉnh Lâm Đồng'),
    ('68', 'XXV', '68', 'Tỉnh Lâm Đồng'),
    ('70', 'XXVIII', '75', 'Tỉnh Đồng Nai'),
    ('72', 'XXIX', '80', 'Tỉnh Tây Ninh'),
    ('74', 'XXVII', '79', 'Thành phố Hồ Chí Minh'),
    ('75', 'XXVIII', '75', 'Tỉnh Đồng Nai'),
    ('77', 'XXVII', '79', 'Thành phố Hồ Chí Minh'),
    ('79', 'XXVII', '79', 'Thành phố Hồ Chí Minh'),
    ('80', 'XXIX', '80', 'Tỉnh Tây Ninh'),
    ('82', 'XXXIII', '82', 'Tỉnh Đồng Tháp'),
    ('83', 'XXXI', '86', 'Tỉnh Vĩnh Long'),
    ('84', 'XXXI', '86', 'Tỉnh Vĩnh Long'),
    ('86', 'XXXI', '86', 'Tỉnh Vĩnh Long'),
    ('87', 'XXXIII', '82', 'Tỉnh Đồng Tháp'),
    ('89', 'XXXIV', '91', 'Tỉnh An Giang'),
    ('91', 'XXXIV', '91', 'Tỉnh An Giang'),
    ('92', 'XXX', '92', 'Thành phố Cần Thơ'),
    ('93', 'XXX', '92', 'Thành phố Cần Thơ'),
    ('94', 'XXX', '92', 'Thành phố Cần Thơ'),
    ('95', 'XXXII', '96', 'Tỉnh Cà Mau'),
    ('96', 'XXXII', '96', 'Tỉnh Cà Mau');

-- The three decisions. applied_at is when this migration ran; applied_by is nobody (no person applied
-- them). Where a step rests on several texts, decision_number names the one whose date the sources
-- give, and the note names the others.
INSERT INTO reorganisation (decision_number, decided_on, effective_month, note, source, applied_at) VALUES
    ('391/QĐ-BTC', DATE '2025-02-26', DATE '2025-03-01',
     'BHXH Việt Nam trực thuộc Bộ Tài chính; 14 đơn vị ở Trung ương. Các đơn vị giải thể mà nguồn không nêu đơn vị kế thừa được để quản trị viên xác định.',
     'MIGRATION', now()),
    ('391/QĐ-BTC', DATE '2025-02-26', DATE '2025-04-01',
     'Theo QĐ 391/QĐ-BTC và CV 03/BHXH-TCCB: 63 BHXH tỉnh, thành phố thành BHXH khu vực. QĐ 391 lập 35 khu vực, QĐ 1733/QĐ-BTC (12/05/2025) sắp lại thành 34; dữ liệu dùng 34 khu vực từ 04/2025. Mỗi khu vực tiếp nối BHXH tỉnh mang mã tỉnh mới (từ 07/2025) của khu vực; các BHXH tỉnh khác sáp nhập vào, BHXH cấp huyện chuyển về khu vực.',
     'MIGRATION', now()),
    ('1521/BHXH-TCCB', DATE '2025-07-09', DATE '2025-07-01',
     'Theo NQ 202/2025/QH15, QĐ 2286/QĐ-BTC và CV 1521/BHXH-TCCB: mỗi BHXH khu vực thành BHXH của một trong 34 tỉnh, thành phố mới. BHXH cấp huyện thành BHXH cơ sở theo quyết định của từng tỉnh, chưa có trong nguồn: để quản trị viên xác định.',
     'MIGRATION', now());

-- 03/2025, QĐ 391/QĐ-BTC: the 14 central units. Four continue from 2021 units under a new name (a
-- RENAME keeps the unit, so Vụ TCCB's reports and reviewer stay Ban TCCB's). Ban Thực hiện chính sách
-- BHXH, Ban Quản lý đầu tư quỹ and Ban Kiểm toán nội bộ continue unchanged: nothing about them
-- changes in the data, so they have no line. The seven others enter the data set here: the 2021
-- baseline (V2) holds only the ten central units confirmed for 2021, and the sources do not say which
-- earlier units they continue; their codes are ours (TW- and the initials of their names). The three
-- 2021 units not among the 14 close; the sources do not say who took them over, so they close with no
-- successor and are listed for the administrator (open items below), not guessed.
CREATE TEMPORARY TABLE central_change_2025 (
    line     int          PRIMARY KEY,
    kind     varchar(8)   NOT NULL,
    code     varchar(32)  NOT NULL,
    new_name varchar(200)
) ON COMMIT DROP;

INSERT INTO central_change_2025 (line, kind, code, new_name) VALUES
    (1, 'RENAME', 'TW-TCCB', 'Ban Tổ chức cán bộ'),
    (2, 'RENAME', 'TW-PC', 'Ban Pháp chế'),
    (3, 'RENAME', 'TW-TCKT', 'Ban Tài chính - Kế toán'),
    (4, 'RENAME', 'TW-TTKT', 'Thanh tra BHXH Việt Nam'),
    (5, 'CREATE', 'TW-CSYT', 'Ban Thực hiện chính sách BHYT'),
    (6, 'CREATE', 'TW-QLT', 'Ban Quản lý thu và phát triển người tham gia'),
    (7, 'CREATE', 'TW-TTHT', 'Ban Tuyên truyền và Hỗ trợ người tham gia'),
    (8, 'CREATE', 'TW-VP', 'Văn phòng BHXH Việt Nam'),
    (9, 'CREATE', 'TW-CNTT', 'Trung tâm Công nghệ thông tin và Chuyển đổi số'),
    (10, 'CREATE', 'TW-LT', 'Trung tâm Lưu trữ'),
    (11, 'CREATE', 'TW-KSTT', 'Trung tâm Kiểm soát thanh toán BHXH, BHYT điện tử'),
    (12, 'CLOSE', 'TW-HTQT', NULL),
    (13, 'CLOSE', 'TW-TDKT', NULL),
    (14, 'CLOSE', 'TW-KHDT', NULL);

-- a created unit needs its row (its identity) before a line can name it; its name, level and parent
-- here are the legacy columns, set again from its version at the end
INSERT INTO unit (code, name, level, parent_id, effective_from)
SELECT c.code, c.new_name, 'CENTRAL', agency.id, DATE '2025-03-01'
FROM central_change_2025 c CROSS JOIN unit agency
WHERE c.kind = 'CREATE' AND agency.code = 'VN';

INSERT INTO reorganisation_change (reorganisation_id, line, kind, unit_id, new_name, new_level, new_parent_id)
SELECT r.id, c.line, c.kind, u.id, c.new_name,
       CASE WHEN c.kind = 'CREATE' THEN 'CENTRAL' END,
       CASE WHEN c.kind = 'CREATE' THEN agency.id END
FROM central_change_2025 c
JOIN unit u ON u.code = c.code
CROSS JOIN unit agency
CROSS JOIN reorganisation r
WHERE agency.code = 'VN' AND r.source = 'MIGRATION' AND r.effective_month = DATE '2025-03-01';

-- 04/2025, QĐ 391/QĐ-BTC and CV 03/BHXH-TCCB: the 34 regional offices. Modelling choice: each region
-- continues the provincial office whose code is the region's new province code (new_code), renamed
-- "BHXH khu vực <region>" (T08 BHXH tỉnh Tuyên Quang continues as BHXH khu vực XIX); the region's other
-- offices MERGE into it (29 of them), and their district offices MOVE under it, keeping their names.
-- That is the office that carries the province's name from 07/2025, so a region, its province and the
-- office it continues are one unit whose reports and people stay with it. Lines in the order of the
-- regions' new codes: the rename, then the merges, then the moves.
INSERT INTO reorganisation_change (reorganisation_id, line, kind, unit_id, successor_id, new_name, new_parent_id)
SELECT r.id, row_number() OVER (ORDER BY c.new_code, c.step, c.code), c.kind, u.id, successor.id, c.new_name,
       new_parent.id
FROM (
    SELECT p.new_code, 1 AS step, 'T' || p.old_code AS code, 'RENAME' AS kind, NULL AS successor_code,
           'BHXH khu vực ' || p.region AS new_name, NULL AS new_parent_code
    FROM province_2025 p WHERE p.old_code = p.new_code
    UNION ALL
    SELECT p.new_code, 2, 'T' || p.old_code, 'MERGE', 'T' || p.new_code, NULL, NULL
    FROM province_2025 p WHERE p.old_code <> p.new_code
    UNION ALL
    -- the district offices under a merging office in 03/2025, the month before
    SELECT p.new_code, 3, d.code, 'MOVE', NULL, NULL, 'T' || p.new_code
    FROM province_2025 p
    JOIN unit office ON office.code = 'T' || p.old_code
    JOIN unit_tree(DATE '2025-03-01') d ON d.parent_id = office.id AND d.level = 'DISTRICT'
    WHERE p.old_code <> p.new_code
) c
JOIN unit u ON u.code = c.code
LEFT JOIN unit successor ON successor.code = c.successor_code
LEFT JOIN unit new_parent ON new_parent.code = c.new_parent_code
CROSS JOIN reorganisation r
WHERE r.source = 'MIGRATION' AND r.effective_month = DATE '2025-04-01';

-- 07/2025, NQ 202/2025/QH15, QĐ 2286/QĐ-BTC, CV 1521/BHXH-TCCB: each region becomes the office of its
-- new province, named from new_full_name ("Tỉnh Tuyên Quang" → "BHXH tỉnh Tuyên Quang"). The district
-- offices keep their versions: which BHXH cơ sở absorbed which of them is each province's own decision,
-- not in the sources; they are listed for the administrator (open items below).
INSERT INTO reorganisation_change (reorganisation_id, line, kind, unit_id, new_name)
SELECT r.id, row_number() OVER (ORDER BY p.new_code), 'RENAME', u.id,
       'BHXH ' || lower(left(p.new_full_name, 1)) || substr(p.new_full_name, 2)
FROM province_2025 p
JOIN unit u ON u.code = 'T' || p.old_code
CROSS JOIN reorganisation r
WHERE p.old_code = p.new_code AND r.source = 'MIGRATION' AND r.effective_month = DATE '2025-07-01';

-- Applies each decision's lines, month after month (a later one builds on the versions an earlier one
-- started): every line but CREATE ends the unit's current version before the decision's month; RENAME
-- and MOVE start a new version of the same unit with what the line changes and the rest as it was;
-- CREATE starts the created unit's first version; MERGE and SPLIT link the unit to its successor.
DO $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT id, effective_month FROM reorganisation WHERE source = 'MIGRATION' ORDER BY effective_month LOOP
        UPDATE unit_version v SET valid_to = r.effective_month
        FROM reorganisation_change c
        WHERE c.reorganisation_id = r.id AND c.kind <> 'CREATE' AND v.unit_id = c.unit_id AND v.valid_to IS NULL;

        INSERT INTO unit_version (unit_id, valid_from, name, level, parent_id, reorganisation_id)
        SELECT c.unit_id, r.effective_month, coalesce(c.new_name, v.name), coalesce(c.new_level, v.level),
               coalesce(c.new_parent_id, v.parent_id), r.id
        FROM reorganisation_change c
        JOIN unit_version v ON v.unit_id = c.unit_id AND v.valid_to = r.effective_month
        WHERE c.reorganisation_id = r.id AND c.kind IN ('RENAME', 'MOVE');

        INSERT INTO unit_version (unit_id, valid_from, name, level, parent_id, reorganisation_id)
        SELECT c.unit_id, r.effective_month, c.new_name, c.new_level, c.new_parent_id, r.id
        FROM reorganisation_change c
        WHERE c.reorganisation_id = r.id AND c.kind = 'CREATE';

        INSERT INTO unit_succession (predecessor_id, successor_id, effective_on, reorganisation_id)
        SELECT c.unit_id, c.successor_id, r.effective_month, r.id
        FROM reorganisation_change c
        WHERE c.reorganisation_id = r.id AND c.kind IN ('MERGE', 'SPLIT');
    END LOOP;
END
$$;

-- What the sources leave unassigned, for the administrator to settle (the admin home page lists it,
-- unit.OpenItems reads it):
--   CLOSED_WITHOUT_SUCCESSOR  a unit that closed and whose successor the decision does not name;
--                             settled once a succession from it is recorded;
--   AWAITING_LOCAL_OFFICE     a district office whose BHXH cơ sở is not known; settled once a later
--                             decision changes it (a new version or its end);
--   USER_IN_CLOSED_UNIT       an account whose unit closed with no successor to move it to; settled
--                             (resolved_at) when the administrator moves it to another unit.
-- resolved_at and resolved_by also let a later step mark an item settled by hand.
CREATE TABLE reorganisation_open_item (
    id                bigserial   PRIMARY KEY,
    -- the decision that left it open
    reorganisation_id bigint      NOT NULL REFERENCES reorganisation (id),
    kind              varchar(32) NOT NULL
        CHECK (kind IN ('CLOSED_WITHOUT_SUCCESSOR', 'AWAITING_LOCAL_OFFICE', 'USER_IN_CLOSED_UNIT')),
    unit_id           bigint      NOT NULL REFERENCES unit (id),
    user_account_id   bigint      REFERENCES user_account (id),
    resolved_at       timestamptz,
    resolved_by       bigint      REFERENCES user_account (id),
    CHECK ((kind = 'USER_IN_CLOSED_UNIT') = (user_account_id IS NOT NULL)),
    CHECK (resolved_by IS NULL OR resolved_at IS NOT NULL),
    UNIQUE NULLS NOT DISTINCT (reorganisation_id, kind, unit_id, user_account_id)
);

CREATE INDEX reorganisation_open_item_kind_idx ON reorganisation_open_item (kind) WHERE resolved_at IS NULL;
CREATE INDEX reorganisation_open_item_user_idx ON reorganisation_open_item (user_account_id);

-- 03/2025: the three central units closed without a successor, and the accounts still in them; they are
-- not moved (there is nowhere the sources say they went)
INSERT INTO reorganisation_open_item (reorganisation_id, kind, unit_id)
SELECT c.reorganisation_id, 'CLOSED_WITHOUT_SUCCESSOR', c.unit_id
FROM reorganisation_change c JOIN reorganisation r ON r.id = c.reorganisation_id
WHERE r.source = 'MIGRATION' AND c.kind = 'CLOSE'
ORDER BY c.line;

INSERT INTO reorganisation_open_item (reorganisation_id, kind, unit_id, user_account_id)
SELECT c.reorganisation_id, 'USER_IN_CLOSED_UNIT', c.unit_id, a.id
FROM reorganisation_change c
JOIN reorganisation r ON r.id = c.reorganisation_id
JOIN user_account a ON a.unit_id = c.unit_id
WHERE r.source = 'MIGRATION' AND c.kind = 'CLOSE'
ORDER BY c.line, a.id;

-- 07/2025: every district office in force that month waits for its BHXH cơ sở
INSERT INTO reorganisation_open_item (reorganisation_id, kind, unit_id)
SELECT r.id, 'AWAITING_LOCAL_OFFICE', d.unit_id
FROM unit_tree(DATE '2025-07-01') d
CROSS JOIN reorganisation r
WHERE d.level = 'DISTRICT' AND r.source = 'MIGRATION' AND r.effective_month = DATE '2025-07-01'
ORDER BY d.code;

-- People follow (issue 11, point 4): the accounts of a merged office move to the office it merged into,
-- each with an audit event. audit_event takes INSERTs from anyone (V7's triggers refuse only UPDATE,
-- DELETE and TRUNCATE); no person did it, so actor_id is null and actor_name says it was this
-- migration; details are named values in JSON, as AuditLog writes them. Their sessions end, as when an
-- administrator changes a user's unit: a session keeps a copy of the unit from sign-in.
WITH moved AS (
    UPDATE user_account a
    SET unit_id = s.successor_id, updated_at = now(), version = a.version + 1
    FROM unit_succession s JOIN reorganisation r ON r.id = s.reorganisation_id
    WHERE r.source = 'MIGRATION' AND s.predecessor_id = a.unit_id
    RETURNING a.id, a.username, s.predecessor_id, s.successor_id, r.decision_number, r.effective_month
), ended_sessions AS (
    DELETE FROM spring_session WHERE principal_name IN (SELECT username FROM moved)
)
INSERT INTO audit_event (occurred_at, actor_id, actor_name, action, target_type, target_id, details)
SELECT now(), NULL, 'Flyway V30', 'UNIT_CHANGED_BY_REORGANISATION', 'USER_ACCOUNT', m.id,
       json_build_object('fromUnit', previous.code, 'toUnit', successor.code, 'decision', m.decision_number,
                         'effectiveMonth', to_char(m.effective_month, 'YYYY-MM'))::text
FROM moved m
JOIN unit previous ON previous.id = m.predecessor_id
JOIN unit successor ON successor.id = m.successor_id
ORDER BY m.id;

-- The legacy columns of unit, still read by code not yet moved to versions (V32 drops them): each
-- unit's name, level and parent are its latest version's; a unit whose latest version has ended was in
-- effect until the last day of the month before.
UPDATE unit u
SET name = latest.name, level = latest.level, parent_id = latest.parent_id,
    effective_to = latest.valid_to - 1, version = u.version + 1
FROM (SELECT DISTINCT ON (unit_id) unit_id, name, level, parent_id, valid_to
      FROM unit_version ORDER BY unit_id, valid_from DESC) latest
WHERE latest.unit_id = u.id
  AND (u.name, u.level, u.parent_id, u.effective_to)
      IS DISTINCT FROM (latest.name, latest.level, latest.parent_id, latest.valid_to - 1);
