/** The README written into every generated workspace. */
export const README = `# 南乐县演示工作区 / Demo workspace for 南乐县

本目录是由 \`scripts/generate-demo.ts\` 以固定随机种子生成的**虚构**演示数据，供 talentmap
演示、测试和性能评估使用。其中的企业、人员、身份证号、统一社会信用代码、电话、邮箱均为程序编造，
校验位按 GB 11643 / GB 32100 计算，不对应任何真实个人或单位。

This folder is a **fictitious** demo workspace made by \`scripts/generate-demo.ts\` from a fixed
seed. Every enterprise, person, ID number, credit code, phone number and e-mail address is made
up (check digits are computed per GB 11643 / GB 32100); none belongs to a real person or firm.

## 内容 / Contents

| 路径 / path | 说明 / what |
|---|---|
| \`talentmap.json\` | 设置：地区代码 410923（南乐县），最小公布单元 3 / settings |
| \`chains.json\` | 5 条产业链：生物基材料、食品加工、装备制造、电子信息、新能源 / five chains |
| \`surveys/2024H1/\` | 上半年企业人才需求：带标题行、填表说明工作表和注释行的 xlsx，及 UTF-8 BOM 的 csv |
| \`surveys/2024H2/\` | 下半年需求：表头不同的 xlsx（单位名称/需求岗位/最低学历/人数…）及无产业链列的 csv（GB18030 编码，即中文 Windows 上 Excel 的“CSV”，学历、职称两列用繁体字：學歷、碩士、高級工程師） / the 2024H2 csv is GB18030 with its education and title columns in traditional characters |
| \`rosters/\` | 人社局在外人才库（xlsx）、组织部高层次人才（csv）、科技局科技副总（xlsx，无身份证号） |
| \`expected.json\` | 生成器埋设的内容：每个文件的数据行数、故意错误的行（行号按 Excel 显示）、重复人员数、各归链途径的需求行数；不含个人信息 / what was planted, per file, with no personal data |

需求表中约 1–3% 的行是故意错误的（需求人数“若干”或 0、岗位名称为空、信用代码校验位错误）；
在外人才库约 1% 的行身份证号校验位错误。约 8% 的人员出现在两三个名册中（同身份证号、
仅同手机号、或同姓名加出生年月），另有两位不同人员共用一部办公座机，不应合并。

About 1–3% of demand rows are bad on purpose (headcount 若干 or 0, no position, a credit code
with a wrong check digit), and about 1% of the 在外人才 rows carry an ID number with a wrong
check digit. About 8% of people appear in two or three rosters (same ID number, only the same
phone, or same name and birth month); two different people share an office landline and must
not be merged. \`expected.json\` lists them all.

## 重新生成 / Regenerate

\`\`\`sh
npm run demo:generate                     # 默认：--out data --seed 20241 --people 1000 --demand 300
npm run demo:generate -- --out /tmp/big --people 20000 --demand 6000 --seed 7
\`\`\`

同一种子生成的文件逐字节相同。\`--people\` 是去重后的人数（名册行数另加重复出现和错误行），
\`--demand\` 是所有需求文件的数据行总数（含错误行）。

The same seed gives byte-identical files. \`--people\` is the number of distinct people (roster
rows add repeat appearances and bad rows); \`--demand\` is the total number of demand data rows
across the survey files, bad rows included.
`;
