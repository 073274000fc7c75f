import type { Lang } from "./lang.ts";

/**
 * The messages of a run's faults: a file system that refuses (permissions, a read-only or full
 * disk, a path in the way), a lock left unreadable, a damaged warehouse. Each names the path
 * and what the user should do; paths only, never a personal value.
 */
type Text = Record<Lang, string>;

/** What a path is to the run, as the message names it. */
export type PathRole = "workspace" | "state" | "lock" | "warehouse" | "out" | "input" | "path";

const roles: Record<PathRole, Text> = {
  workspace: { zh: "工作区", en: "the workspace" },
  state: { zh: "工作区的 .talentmap 文件夹", en: "the workspace's .talentmap folder" },
  lock: { zh: "工作区的锁文件", en: "the workspace's lock" },
  warehouse: { zh: "数据仓库", en: "the warehouse" },
  out: { zh: "输出文件夹", en: "the output folder" },
  input: { zh: "输入文件", en: "the input file" },
  path: { zh: "", en: "" },
};

/** Why a file system call failed, by its errno code, and the fix. */
const reasons: Record<string, Text> = {
  EACCES: {
    zh: "没有权限：请以拥有该文件夹的用户运行 talentmap，或给当前用户读写权限",
    en: "permission denied: run talentmap as the user who owns it, or give this user read and write access",
  },
  EROFS: {
    zh: "所在磁盘是只读的：请把它放到可写的磁盘上（或用 --out、--db 指向可写的位置），或以读写方式重新挂载",
    en: "it is on a read-only file system: move it to a writable disk (or point --out, --db to one), or remount it read-write",
  },
  ENOSPC: {
    zh: "磁盘已满：请清理空间后重新运行（报告保持原样）",
    en: "the disk is full: free some space and run again (the reports are as they were)",
  },
  EDQUOT: {
    zh: "超出磁盘配额：请清理空间或提高配额后重新运行（报告保持原样）",
    en: "the disk quota is exceeded: free some space or raise the quota and run again (the reports are as they were)",
  },
  ENOENT: {
    zh: "不存在（或它所在的文件夹不存在）：请检查路径",
    en: "it does not exist (or the folder it is in does not): check the path",
  },
  ENOTDIR: {
    zh: "路径中有一段是文件而不是文件夹：请检查路径，或移走那个文件",
    en: "a part of the path is a file, not a folder: check the path, or move that file away",
  },
  EEXIST: {
    zh: "已有一个同名的文件挡在那里（这里需要文件夹）：请移走或改名该文件",
    en: "a file of that name is in the way (a folder is needed there): move or rename it",
  },
  EISDIR: {
    zh: "这是一个文件夹，不是文件：请指向一个文件（如 --db reports.duckdb）",
    en: "it is a folder, not a file: point to a file (e.g. --db reports.duckdb)",
  },
  EIO: {
    zh: "磁盘读写出错（磁盘或网络盘故障）：请检查磁盘后重新运行",
    en: "a disk I/O error (a failing disk or network share): check the disk and run again",
  },
  EMFILE: {
    zh: "打开的文件过多：请提高系统的文件数上限（ulimit -n）后重新运行",
    en: "too many open files: raise the limit (ulimit -n) and run again",
  },
  ELOOP: {
    zh: "符号链接形成了循环：请检查该路径中的链接",
    en: "symbolic links loop: check the links on the path",
  },
  ENAMETOOLONG: {
    zh: "路径过长：请使用较短的路径",
    en: "the path is too long: use a shorter one",
  },
  EBUSY: {
    zh: "正被其他程序占用：请关闭占用它的程序后重新运行",
    en: "another program is using it: close that program and run again",
  },
};
reasons.EPERM = reasons.EACCES as Text;
reasons.ENFILE = reasons.EMFILE as Text;
reasons.ETXTBSY = reasons.EBUSY as Text;

/** Whether talentmap has a message of its own for this errno code. */
export const knownFsCode = (code: string) => code in reasons;

/** "无法使用输出文件夹 /srv/out：磁盘已满：…" */
export function fsMessage(code: string, path: string, role: PathRole, lang: Lang): string {
  const reason =
    reasons[code]?.[lang] ??
    { zh: `出错（${code}）：请检查该路径`, en: `it failed (${code}): check the path` }[lang];
  const what = roles[role][lang];
  return lang === "zh"
    ? `无法使用${what}${what ? " " : ""}${path}：${reason}`
    : `cannot use ${what}${what ? " " : ""}${path}: ${reason}`;
}

export const lockMessages = {
  tookOverUnreadable: (path: string, bytes: number, modifiedAt: string): Text => ({
    zh: `接管了无法读取的锁文件 ${path}（${bytes} 字节，写于 ${modifiedAt}）：它是某次运行没能写完留下的（例如当时磁盘已满），没有运行持有它`,
    en: `took over the unreadable lock ${path} (${bytes} bytes, written ${modifiedAt}): a run that could not finish writing it left it (a full disk?); no run holds it`,
  }),
};

export const warehouseMessages = {
  movedAside: (path: string, aside: string, reason: string): Text => ({
    zh: `数据仓库 ${path} 已损坏，无法读取（${reason}）：已改名为 ${aside}（未删除，可留作排查），本次运行从工作区的输入文件重建全部数据；以前的运行记录在旧文件中`,
    en: `the warehouse ${path} is damaged and cannot be read (${reason}): renamed to ${aside} (kept, not deleted, for a look), and this run rebuilds everything from the workspace's input files; the earlier runs' history stays in the old file`,
  }),
  inUse: (path: string): Text => ({
    zh: `数据仓库 ${path} 正被另一个进程打开（DuckDB 的文件锁，例如另一次运行、talentmap export，或打开它的 DuckDB 命令行）：请等它结束后重新运行`,
    en: `the warehouse ${path} is open in another process (DuckDB's file lock: another run, a talentmap export, or a DuckDB shell): run again once it has ended`,
  }),
  newer: (path: string): Text => ({
    zh: `数据仓库 ${path} 是由更新版本的 DuckDB 写的，当前版本读不了：请升级 talentmap；或把该文件移走（下次运行会从输入文件重建，但会失去运行记录）`,
    en: `the warehouse ${path} was written by a newer DuckDB than this one: upgrade talentmap; or move the file away (the next run rebuilds it from the input files, without the run history)`,
  }),
  damagedForStatus: (path: string, reason: string): Text => ({
    zh: `数据仓库 ${path} 已损坏，无法读取（${reason}）：下次 run 或 refresh 会把它改名为 ${path}.corrupt-<时间>（不删除），并从输入文件重建全部数据`,
    en: `the warehouse ${path} is damaged and cannot be read (${reason}): the next run or refresh renames it to ${path}.corrupt-<time> (kept, not deleted) and rebuilds everything from the input files`,
  }),
  damagedDuringRun: (path: string): Text => ({
    zh: `数据仓库 ${path} 在运行中读到损坏的数据块：请把该文件移走或删除（下次运行会从工作区的输入文件重建全部数据），并检查磁盘`,
    en: `the warehouse ${path} has a damaged block, found during the run: move the file away or delete it (the next run rebuilds everything from the workspace's input files), and check the disk`,
  }),
};
