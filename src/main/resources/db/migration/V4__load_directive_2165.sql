-- Reference data: Directive 2165/CT-BHXH of 21 July 2021 and its first checklist version.
-- Original texts are quoted from the directive as issued; indicators follow the analysis of what
-- each clause asks a unit to show (see the project's docs).
INSERT INTO directive (code, title, issued_on, issued_by, signed_by) VALUES (
    '2165/CT-BHXH',
    'Chỉ thị về việc tăng cường trách nhiệm người đứng đầu đơn vị trong chấp hành kỷ luật, kỷ cương hành chính, phòng chống tham nhũng, lãng phí, đạo đức công vụ, quy tắc ứng xử, cải cách thủ tục hành chính, công tác phối hợp trong tổ chức thực hiện nhiệm vụ trong tình hình mới của Ngành Bảo hiểm xã hội Việt Nam',
    DATE '2021-07-21', 'Bảo hiểm xã hội Việt Nam', 'Tổng Giám đốc Nguyễn Thế Mạnh');

INSERT INTO directive_obligation (directive_id, item, position, title, original_text, citation)
SELECT id, '1', 1, 'Trách nhiệm của người đứng đầu và cấp phó; cá thể hóa trách nhiệm',
    'Người đứng đầu (bao gồm cả cấp phó của người đứng đầu) các đơn vị thuộc hệ thống BHXH Việt Nam, nhất là Thủ trưởng các đơn vị trực thuộc BHXH Việt Nam, Giám đốc BHXH các tỉnh, thành phố trực thuộc Trung ương, Giám đốc BHXH cấp quận, huyện, thị xã (sau đây gọi chung là cấp huyện) thuộc BHXH tỉnh, thành phố trực thuộc Trung ương tăng cường vai trò, trách nhiệm trong công tác quản lý, chỉ đạo, điều hành theo thẩm quyền, chấp hành nghiêm túc kỷ luật, kỷ cương hành chính, công tác phòng, chống tham nhũng, tiêu cực, lãng phí, thực hiện đạo đức công vụ, tác phong, lề lối làm việc tại cơ quan, đơn vị, thực hiện cải cách thủ tục hành chính, chế độ công vụ, công chức, gắn với nâng cao tinh thần phối hợp (trong và ngoài Ngành) trong tổ chức thực hiện nhiệm vụ, cá thể hóa trách nhiệm đối với hạn chế, tồn tại, các vụ việc vi phạm pháp luật thuộc trách nhiệm quản lý nếu có sự buông lỏng, thiếu trách nhiệm trong quản lý, điều hành.',
    'Chỉ thị 2165/CT-BHXH, mục 1'
FROM directive WHERE code = '2165/CT-BHXH';

INSERT INTO directive_obligation (directive_id, item, position, title, original_text, citation)
SELECT id, '3', 3, 'Vụ Tổ chức cán bộ theo dõi, kiểm tra, đôn đốc thực hiện Chỉ thị',
    'Giao Vụ Tổ chức cán bộ chủ trì phối hợp với các đơn vị liên quan theo dõi, kiểm tra, đôn đốc việc triển khai thực hiện Chỉ thị.',
    'Chỉ thị 2165/CT-BHXH, mục 3'
FROM directive WHERE code = '2165/CT-BHXH';

INSERT INTO directive_obligation (directive_id, item, position, title, original_text, citation)
SELECT id, '4', 4, 'Phổ biến Chỉ thị tới toàn thể công chức, viên chức, người lao động',
    'Thủ trưởng các đơn vị trực thuộc Bảo hiểm xã hội Việt Nam, Giám đốc BHXH các tỉnh, thành phố trực thuộc Trung ương, Giám đốc BHXH cấp huyện thuộc BHXH tỉnh, thành phố trực thuộc Trung ương chịu trách nhiệm phổ biến tới toàn thể công chức, viên chức, người lao động và thực hiện nghiêm túc Chỉ thị này./.',
    'Chỉ thị 2165/CT-BHXH, mục 4'
FROM directive WHERE code = '2165/CT-BHXH';

INSERT INTO checklist_version (directive_id, name, effective_from)
SELECT id, 'Bộ tiêu chí Chỉ thị 2165/CT-BHXH (từ tháng 8/2021)', DATE '2021-08-01'
FROM directive WHERE code = '2165/CT-BHXH';

INSERT INTO duty (checklist_version_id, code, position, title, original_text, citation)
SELECT id, '2a', 1, 'Công bố, công khai thủ tục hành chính; tiếp nhận, trả lời phản ánh, kiến nghị',
    'Tiếp tục thực hiện nghiêm túc việc công bố, cập nhật và công khai thủ tục hành chính đảm bảo đúng quy định, kịp thời, đầy đủ, chính xác, thống nhất, minh bạch, tạo thuận lợi tối đa cho người dân, tổ chức, doanh nghiệp. Tiếp nhận, xử lý kịp thời và trả lời đầy đủ phản ánh, kiến nghị của người dân, doanh nghiệp về các vướng mắc khó khăn trong thực hiện chế độ, chính sách BHXH, BHYT, BHTN thuộc thẩm quyền giải quyết của đơn vị và báo cáo những vấn đề thuộc thẩm quyền giải quyết của BHXH Việt Nam.',
    'Chỉ thị 2165/CT-BHXH, mục 2a'
FROM checklist_version WHERE effective_from = DATE '2021-08-01';

INSERT INTO indicator (duty_id, position, name, unit_of_measure, kind)
SELECT duty.id, v.position, v.name, v.unit_of_measure, v.kind
FROM duty JOIN checklist_version cv ON cv.id = duty.checklist_version_id, (VALUES
    (1, 'Thủ tục hành chính được công bố, cập nhật, công khai', 'thủ tục', 'COUNT'),
    (2, 'Phản ánh, kiến nghị tiếp nhận', 'lượt', 'COUNT'),
    (3, 'Phản ánh, kiến nghị được trả lời đúng hạn', 'lượt', 'COUNT'),
    (4, 'Phản ánh, kiến nghị quá hạn chưa trả lời', 'lượt', 'COUNT'),
    (5, 'Vấn đề báo cáo BHXH Việt Nam (thuộc thẩm quyền giải quyết của BHXH Việt Nam)', 'vấn đề', 'COUNT')
) AS v(position, name, unit_of_measure, kind)
WHERE cv.effective_from = DATE '2021-08-01' AND duty.code = '2a';

INSERT INTO duty (checklist_version_id, code, position, title, original_text, citation)
SELECT id, '2b', 2, 'Kỷ luật, kỷ cương hành chính, đạo đức công vụ, quy tắc ứng xử, văn hóa công sở',
    'Nêu cao trách nhiệm trong việc lãnh đạo, chỉ đạo thực hiện việc tăng cường kỷ luật, kỷ cương hành chính, thực hiện đạo đức công vụ, quy tắc ứng xử của Ngành; Thực hiện đúng quy định của pháp luật về văn hóa công sở; không để xảy ra tình trạng công chức, viên chức, người lao động thuộc thẩm quyền quản lý có thái độ hách dịch, cửa quyền, nhũng nhiễu, gây phiền hà cho người dân, tổ chức, doanh nghiệp trong quá trình thực hiện nhiệm vụ, công vụ.',
    'Chỉ thị 2165/CT-BHXH, mục 2b'
FROM checklist_version WHERE effective_from = DATE '2021-08-01';

INSERT INTO indicator (duty_id, position, name, unit_of_measure, kind)
SELECT duty.id, v.position, v.name, v.unit_of_measure, v.kind
FROM duty JOIN checklist_version cv ON cv.id = duty.checklist_version_id, (VALUES
    (1, 'Phản ánh về thái độ, ứng xử của công chức, viên chức, người lao động tiếp nhận', 'lượt', 'COUNT'),
    (2, 'Phản ánh được xác minh là đúng', 'lượt', 'COUNT'),
    (3, 'Phản ánh đã được xử lý', 'lượt', 'COUNT')
) AS v(position, name, unit_of_measure, kind)
WHERE cv.effective_from = DATE '2021-08-01' AND duty.code = '2b';

INSERT INTO duty (checklist_version_id, code, position, title, original_text, citation)
SELECT id, '2c', 3, 'Rà soát nội quy, quy chế, quy trình làm việc; phân công rõ người, rõ việc, rõ trách nhiệm, rõ kết quả',
    'Tiếp tục rà soát, bổ sung nội quy, quy chế, quy trình làm việc của đơn vị nhằm tăng cường ý thức chấp hành kỷ luật, kỷ cương công tác, văn hóa công sở, đạo đức công vụ, quy tắc ứng xử, sử dụng hiệu quả thời gian làm việc, phân công nhiệm vụ rõ người, rõ việc, rõ trách nhiệm, rõ kết quả của công chức, viên chức, người lao động thuộc quyền quản lý.',
    'Chỉ thị 2165/CT-BHXH, mục 2c'
FROM checklist_version WHERE effective_from = DATE '2021-08-01';

INSERT INTO indicator (duty_id, position, name, unit_of_measure, kind)
SELECT duty.id, v.position, v.name, v.unit_of_measure, v.kind
FROM duty JOIN checklist_version cv ON cv.id = duty.checklist_version_id, (VALUES
    (1, 'Nội quy, quy chế, quy trình được rà soát', 'văn bản', 'COUNT'),
    (2, 'Nội quy, quy chế, quy trình được sửa đổi, bổ sung hoặc ban hành mới', 'văn bản', 'COUNT')
) AS v(position, name, unit_of_measure, kind)
WHERE cv.effective_from = DATE '2021-08-01' AND duty.code = '2c';

INSERT INTO duty (checklist_version_id, code, position, title, original_text, citation)
SELECT id, '2d', 4, 'Quản lý công chức, viên chức, người lao động; xử lý nghiêm vi phạm',
    'Triển khai thực hiện nghiêm các quy định về quản lý và phân cấp quản lý đối với công chức, viên chức, người lao động của Ngành. Xử lý nghiêm công chức, viên chức, người lao động thuộc quyền quản lý trực tiếp có hành vi tiêu cực, tham nhũng, lãng phí, nhũng nhiễu, gây phiền hà đối với người dân, tổ chức, doanh nghiệp, vi phạm trong thực thi công vụ, nhiệm vụ. Đồng thời, chịu trách nhiệm trước Ban Cán sự đảng, Tổng Giám đốc BHXH Việt Nam, trước pháp luật về những vi phạm của công chức, viên chức, người lao động thuộc quyền quản lý nếu có sự buông lỏng, thiếu trách nhiệm trong quản lý, điều hành.',
    'Chỉ thị 2165/CT-BHXH, mục 2d'
FROM checklist_version WHERE effective_from = DATE '2021-08-01';

INSERT INTO indicator (duty_id, position, name, unit_of_measure, kind)
SELECT duty.id, v.position, v.name, v.unit_of_measure, v.kind
FROM duty JOIN checklist_version cv ON cv.id = duty.checklist_version_id, (VALUES
    (1, 'Vi phạm của công chức, viên chức, người lao động được phát hiện', 'vụ việc', 'COUNT'),
    (2, 'Công chức, viên chức, người lao động bị xử lý kỷ luật', 'người', 'COUNT'),
    (3, 'Vụ việc chuyển cơ quan có thẩm quyền xử lý', 'vụ việc', 'COUNT')
) AS v(position, name, unit_of_measure, kind)
WHERE cv.effective_from = DATE '2021-08-01' AND duty.code = '2d';

INSERT INTO duty (checklist_version_id, code, position, title, original_text, citation)
SELECT id, '2đ', 5, 'Hoàn thành chỉ tiêu, kế hoạch, nhiệm vụ trọng tâm; giải quyết tồn đọng; phối hợp trong và ngoài Ngành',
    'Lãnh đạo, chỉ đạo đơn vị hoàn thành các chỉ tiêu, kế hoạch, nhiệm vụ trọng tâm của Ngành tại cơ quan, đơn vị phụ trách; giải quyết dứt điểm các công việc còn tồn đọng, quá hạn; chủ động phối hợp với các đơn vị trong và ngoài Ngành trong tổ chức thực hiện nhiệm vụ, không đùn đẩy trách nhiệm được phân công, phân cấp.',
    'Chỉ thị 2165/CT-BHXH, mục 2đ'
FROM checklist_version WHERE effective_from = DATE '2021-08-01';

INSERT INTO indicator (duty_id, position, name, unit_of_measure, kind)
SELECT duty.id, v.position, v.name, v.unit_of_measure, v.kind
FROM duty JOIN checklist_version cv ON cv.id = duty.checklist_version_id, (VALUES
    (1, 'Tỷ lệ hoàn thành chỉ tiêu, kế hoạch được giao', '%', 'PERCENTAGE'),
    (2, 'Nhiệm vụ đến hạn trong tháng', 'nhiệm vụ', 'COUNT'),
    (3, 'Nhiệm vụ hoàn thành đúng hạn', 'nhiệm vụ', 'COUNT'),
    (4, 'Nhiệm vụ quá hạn tại cuối tháng', 'nhiệm vụ', 'COUNT'),
    (5, 'Công việc tồn đọng được giải quyết dứt điểm', 'việc', 'COUNT')
) AS v(position, name, unit_of_measure, kind)
WHERE cv.effective_from = DATE '2021-08-01' AND duty.code = '2đ';

INSERT INTO duty (checklist_version_id, code, position, title, original_text, citation)
SELECT id, '2e', 6, 'Phòng, chống dịch COVID-19; thực hiện chính sách hỗ trợ theo Nghị quyết 68/NQ-CP và Quyết định 23/2021/QĐ-TTg',
    'Đối với việc triển khai các biện pháp chỉ đạo, điều hành nhằm vừa thực hiện các chỉ tiêu, nhiệm vụ chính trị vừa phải bảo đảm việc phòng, ngừa dịch bệnh COVID-19 và thực hiện nghiêm túc có hiệu quả Nghị quyết số 68/NQ-CP ngày 01/7/2021 của Chính phủ và Quyết định số 23/2021/QĐ-TTg ngày 07/7/2021 của Thủ tướng Chính phủ về một số chính sách và thực hiện một số chính sách hỗ trợ người lao động và người sử dụng lao động gặp khó khăn do đại dịch COVID-19:

Thủ trưởng đơn vị trực thuộc BHXH Việt Nam, Giám đốc BHXH các tỉnh, thành phố trực thuộc Trung ương, Giám đốc BHXH cấp huyện thuộc BHXH tỉnh, thành phố trực thuộc Trung ương phải chủ động xây dựng kịch bản, phương án điều hành tổ chức thực hiện nhiệm vụ linh hoạt, phù hợp theo đúng chỉ đạo của Chính phủ, Thủ tướng Chính phủ, Tổng Giám đốc BHXH Việt Nam, cấp ủy, chính quyền địa phương. Chịu trách nhiệm trước Tổng Giám đốc nếu để xảy ra các vụ việc chậm, muộn, phiền hà, giải quyết trái quy định thuộc thẩm quyền trong thực hiện một số chính sách hỗ trợ người lao động và người sử dụng lao động gặp khó khăn do đại dịch COVID-19.

Thủ trưởng đơn vị thuộc hệ thống BHXH Việt Nam chịu trách nhiệm theo quy định nếu để công chức, viên chức, người lao động trong cơ quan, đơn vị mình mắc bệnh COVID-19, không thực hiện đúng quy định phòng chống dịch COVID-19 do lỗi lơ là, chủ quan, không kiểm soát tốt, không gương mẫu.',
    'Chỉ thị 2165/CT-BHXH, mục 2e'
FROM checklist_version WHERE effective_from = DATE '2021-08-01';

INSERT INTO indicator (duty_id, position, name, unit_of_measure, kind)
SELECT duty.id, v.position, v.name, v.unit_of_measure, v.kind
FROM duty JOIN checklist_version cv ON cv.id = duty.checklist_version_id, (VALUES
    (1, 'Có kịch bản, phương án điều hành thực hiện nhiệm vụ', 'có/không', 'YES_NO'),
    (2, 'Hồ sơ hỗ trợ người lao động, người sử dụng lao động tiếp nhận', 'hồ sơ', 'COUNT'),
    (3, 'Hồ sơ hỗ trợ giải quyết chậm, muộn', 'hồ sơ', 'COUNT'),
    (4, 'Công chức, viên chức, người lao động mắc COVID-19 do lơ là, chủ quan', 'người', 'COUNT')
) AS v(position, name, unit_of_measure, kind)
WHERE cv.effective_from = DATE '2021-08-01' AND duty.code = '2e';

INSERT INTO duty (checklist_version_id, code, position, title, original_text, citation)
SELECT id, '2g', 7, 'Thanh tra, kiểm tra công vụ; bảo vệ chính trị nội bộ; khen thưởng, kỷ luật',
    'Đẩy mạnh công tác thanh tra, kiểm tra công vụ để kịp thời chấn chỉnh các vi phạm, xử lý nghiêm theo quy định của pháp luật đối với công chức, viên chức, người lao động vi phạm quy chế, quy trình nghiệp vụ, quy tắc ứng xử, đạo đức nghề nghiệp, nhũng nhiễu, thờ ơ, vô cảm trong quá trình thực thi công vụ; chú trọng công tác bảo vệ chính trị nội bộ, nhất là trong công tác quy hoạch, bổ nhiệm và luân chuyển cán bộ, phải bảo đảm đúng tiêu chuẩn chính trị, thủ tục, nguyên tắc quy định nhằm chủ động phòng ngừa tiêu cực trong nội bộ và tăng cường đảm bảo nội bộ đơn vị đoàn kết, trong sạch: khen thưởng kịp thời công chức, viên chức, người lao động có thành tích; xử lý kỷ luật nghiêm, khách quan đối với công chức, viên chức, người lao động vi phạm theo quy định của pháp luật.',
    'Chỉ thị 2165/CT-BHXH, mục 2g'
FROM checklist_version WHERE effective_from = DATE '2021-08-01';

INSERT INTO indicator (duty_id, position, name, unit_of_measure, kind)
SELECT duty.id, v.position, v.name, v.unit_of_measure, v.kind
FROM duty JOIN checklist_version cv ON cv.id = duty.checklist_version_id, (VALUES
    (1, 'Cuộc thanh tra, kiểm tra công vụ đã thực hiện', 'cuộc', 'COUNT'),
    (2, 'Vi phạm phát hiện qua thanh tra, kiểm tra', 'vụ việc', 'COUNT'),
    (3, 'Công chức, viên chức, người lao động được khen thưởng', 'người', 'COUNT'),
    (4, 'Công chức, viên chức, người lao động bị xử lý kỷ luật', 'người', 'COUNT'),
    (5, 'Hồ sơ quy hoạch, bổ nhiệm, luân chuyển cán bộ được rà soát', 'hồ sơ', 'COUNT')
) AS v(position, name, unit_of_measure, kind)
WHERE cv.effective_from = DATE '2021-08-01' AND duty.code = '2g';
