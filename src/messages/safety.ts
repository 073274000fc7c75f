import type { Lang } from "./lang.ts";

/**
 * The messages of the secret's checks and of the output-folder guards: what is wrong, with
 * which file or folder, and what the user should do. Paths only, never a personal value.
 */
type Text = Record<Lang, string>;

const rekeyHint = (data: string): Text => ({
  zh: `如确需启用新密钥（所有人员编号都会改变，以前导出的 Parquet 将无法与新导出关联），运行 talentmap rekey --data ${data}`,
  en: `to start a new key deliberately (every person key changes; earlier Parquet exports no longer join with new ones), run talentmap rekey --data ${data}`,
});

export const secretMessages = {
  malformed: (path: string, data: string): Text => ({
    zh: `密钥文件 ${path} 格式不对：应为 64 位十六进制字符（32 个随机字节），不能是口令或空文件（否则人员编号可被反推）。请从备份恢复该文件；${rekeyHint(data).zh}`,
    en: `the secret ${path} is malformed: it must be 64 hexadecimal characters (32 random bytes), not a passphrase or an empty file (a weak key lets anyone recompute person keys). Restore it from a backup; or ${rekeyHint(data).en}`,
  }),
  missing: (path: string, db: string, data: string): Text => ({
    zh: `密钥文件 ${path} 不见了，而仓库 ${db} 中的人员编号是用它生成的，因此不会自动生成新密钥。请从备份恢复该文件；${rekeyHint(data).zh}`,
    en: `the secret ${path} is missing, and the person keys in the warehouse ${db} were made with it, so no new one is made on its own. Restore it from a backup; or ${rekeyHint(data).en}`,
  }),
  mismatch: (path: string, db: string, data: string): Text => ({
    zh: `密钥文件 ${path} 与仓库 ${db} 中的人员编号不符（不是生成这些编号的那个密钥）：请从备份恢复原来的密钥文件；${rekeyHint(data).zh}`,
    en: `the secret ${path} is not the one the person keys in the warehouse ${db} were made with: restore the original secret from a backup; or ${rekeyHint(data).en}`,
  }),
  looseMode: (path: string, mode: string): Text => ({
    zh: `密钥文件 ${path} 的权限为 ${mode}，同组或其他用户可读：已改为 0600（仅所有者可读写）。若他人可能已复制该文件，请运行 talentmap rekey 启用新密钥`,
    en: `the secret ${path} had mode ${mode}, readable by its group or others: set to 0600 (owner only). If someone may have copied it, run talentmap rekey to start a new key`,
  }),
  unreadable: (path: string, reason: string): Text => ({
    zh: `无法读取密钥文件 ${path}（${reason}）：请检查该文件的权限与所有者`,
    en: `cannot read the secret ${path} (${reason}): check the file's permissions and owner`,
  }),
} as const;

export const rekeyMessages = {
  whatChanges: (data: string, db: string): Text => ({
    zh: `将为工作区 ${data} 生成新密钥并在仓库 ${db} 中开始新的密钥周期：下次运行后所有人员编号都会改变，以前导出的 Parquet 将无法与新导出按人员编号关联。旧密钥文件改名保留为 .talentmap/secret.replaced-<时间>。`,
    en: `a new secret will be made for the workspace ${data} and a new key epoch started in the warehouse ${db}: after the next run every person key changes, and earlier Parquet exports no longer join with new ones by person key. The old secret is kept as .talentmap/secret.replaced-<time>.`,
  }),
  needsYes: {
    zh: "不在终端中运行，无法确认：确认无误后请加上 --yes 再运行",
    en: "not run from a terminal, so it cannot ask: add --yes to confirm",
  },
  prompt: {
    zh: "确认启用新密钥？输入 yes 继续：",
    en: 'Start a new key? Type "yes" to go on: ',
  },
  cancelled: { zh: "已取消，未做任何更改", en: "cancelled; nothing changed" },
  done: (epoch: number): Text => ({
    zh: `已启用新密钥（密钥周期 ${epoch}）：下次 talentmap run 或 refresh 将按新密钥重新生成报告与仓库中的人员编号`,
    en: `new secret in place (key epoch ${epoch}): the next talentmap run or refresh keys every person again with it`,
  }),
  noWorkspace: (data: string): Text => ({
    zh: `${data} 不是工作区（没有 chains.json）：请用 --data 指定工作区`,
    en: `${data} is not a workspace (no chains.json): give the workspace with --data`,
  }),
} as const;

export const folderMessages = {
  notOurs: (dir: string, marker: string): Text => ({
    zh: `文件夹 ${dir} 不是空的，也不是 talentmap 写的（没有 ${marker} 标记文件），为免删除其中的文件而拒绝写入：请指定一个不存在或空的文件夹`,
    en: `the folder ${dir} is not empty and was not written by talentmap (no ${marker} marker), so it is left alone to keep its files: give a folder that does not exist or is empty`,
  }),
  otherKind: (dir: string, kind: string, wanted: string): Text => ({
    zh: `文件夹 ${dir} 是 talentmap 写的${kindName(kind).zh}，不能用来存放${kindName(wanted).zh}：请另指定一个文件夹`,
    en: `the folder ${dir} holds talentmap's ${kindName(kind).en}, not ${kindName(wanted).en}: give another folder`,
  }),
  notFolder: (dir: string): Text => ({
    zh: `${dir} 是一个文件而不是文件夹：请另指定一个文件夹`,
    en: `${dir} is a file, not a folder: give a folder`,
  }),
  outInData: (out: string, data: string): Text => ({
    zh: `输出文件夹 ${out} 与工作区 ${data} 相同或在其中：报告会与名单、调查表和密钥混在一起并被发布。请把 --out 指定到工作区之外`,
    en: `the output folder ${out} is the workspace ${data} or inside it: the reports would mix with the rosters, surveys and secret and publish them. Give an --out outside the workspace`,
  }),
  dataInOut: (data: string, out: string): Text => ({
    zh: `工作区 ${data} 在输出文件夹 ${out} 之中：每次替换报告都会波及名单与密钥。请把 --out 指定到工作区之外`,
    en: `the workspace ${data} is inside the output folder ${out}: every swap of the reports would take the rosters and the secret along. Give an --out outside the workspace`,
  }),
  dbInOut: (db: string, out: string): Text => ({
    zh: `仓库 ${db} 在输出文件夹 ${out} 之中：替换报告时会丢失仓库。请把 --db 指定到输出文件夹之外（默认在其旁边）`,
    en: `the warehouse ${db} is inside the output folder ${out}: it would be lost when the reports are swapped in. Give a --db outside the output folder (by default it sits beside it)`,
  }),
  exportInWorkspace: (dir: string, workspace: string): Text => ({
    zh: `导出文件夹 ${dir} 与工作区 ${workspace} 相同或在其中：请把 --parquet 指定到工作区之外`,
    en: `the export folder ${dir} is the workspace ${workspace} or inside it: give a --parquet folder outside the workspace`,
  }),
  dbInExport: (db: string, dir: string): Text => ({
    zh: `仓库 ${db} 在导出文件夹 ${dir} 之中：请把 --parquet 指定到别处`,
    en: `the warehouse ${db} is inside the export folder ${dir}: give another --parquet folder`,
  }),
  userFileKept: (path: string, kept: string): Text => ({
    zh: `${path} 不是 talentmap 上次写的文件，而本次要写同名文件：原文件已保留为 ${kept}`,
    en: `${path} was not written by talentmap last time, and this run writes a file of that name: yours is kept as ${kept}`,
  }),
} as const;

function kindName(kind: string): Text {
  if (kind === "reports") return { zh: "报告文件夹", en: "reports" };
  if (kind === "parquet") return { zh: "Parquet 导出", en: "Parquet export" };
  return { zh: `“${kind}”`, en: `"${kind}"` };
}
