// Generated from schema/*.graphql by `npm run resolvers:codegen` (infra/resolver-types-codegen.ts): do not edit.
import type { GraphQLResolveInfo } from 'graphql';
import type { PlanRow, ChapterRow, SectionRow, BoxRow, ProjectRow, IndicatorRow, RegionRow, RegionMentionRow, FactRow } from '../../warehouse/tables.ts';
import type { FactSourceParent, DatasetParent, FactConnectionParent, IndicatorConnectionParent, ProjectConnectionParent, SeriesPointParent } from '../resolver-parents.ts';
import type { AggregateRowData } from '../../warehouse/aggregate.queries.ts';
import type { DatasetFile as DatasetFileParent } from '../../warehouse/warehouse.ts';
import type { RefreshStatus } from '../../warehouse/serving-warehouse.ts';
import type { ProgressRow, BreakdownRow } from '../progress-data.ts';
import type { SearchHit as SearchHitParent } from '../search.resolvers.ts';
import type { GraphQLContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** 汇总维度 · What rows can be grouped by. */
export type AggregateDimension =
  /** 指标类别 · The indicator's category. */
  | 'CATEGORY'
  /** 章 · The chapter the fact is stated in (null for observations). */
  | 'CHAPTER'
  /** 指标 · The table indicator (null for facts without one). */
  | 'INDICATOR'
  /** 事实类型 · Baseline, target, achievement or observation. */
  | 'KIND'
  /** 计量类型 · Stock, annual flow, cumulative total, rate or other. */
  | 'MEASURE_KIND'
  /** 时期 · The fact's whole period (start and end year): 2021–2025 apart from 2025–2025. */
  | 'PERIOD'
  /** 来源类型 · Plan, reported or sample. */
  | 'PROVENANCE'
  /** 地区 · The fact's region (null for group statements such as 各县). */
  | 'REGION'
  /** 单位 · The unit as printed (always grouped on for SUM, AVG, MIN and MAX; for COUNT only when listed). */
  | 'UNIT'
  /** 年份 · The last year of the fact's period (2025 for a 2021–2025 total). */
  | 'YEAR';

/** 汇总条件 · An aggregate: measure, grouping, filter, order and limit. */
export type AggregateInput = {
  /**
   * 矛盾表述只计一次 · Count each contradiction once (see Fact.conflictsWith): of two
   * statements that contradict each other, keep the indicator table's (专栏1, the
   * plan's formal target list) and, where neither is in the table, the one printed
   * first; leave out the other. Default true. false counts every statement, both
   * sides of each contradiction included.
   */
  readonly countConflictsOnce?: InputMaybe<Scalars['Boolean']['input']>;
  /** 重复表述只计一次 · Leave out a fact that restates an earlier one (see Fact.agreesWith), so a value the plan states twice counts once. Default true. */
  readonly countRestatementsOnce?: InputMaybe<Scalars['Boolean']['input']>;
  /** 筛选 · Which facts take part (the same filter as `facts`). */
  readonly filter?: InputMaybe<FactFilter>;
  /** 分组维度 · Dimensions to group by, each at most once; none gives one row (one per unit for SUM, AVG, MIN and MAX). */
  readonly groupBy?: InputMaybe<ReadonlyArray<AggregateDimension>>;
  /** 行数上限 · At most this many rows; default 1000, at most 10000. `truncated` says when groups were left out. */
  readonly limit?: InputMaybe<Scalars['Int']['input']>;
  /** 汇总方式 · The measure. */
  readonly measure: AggregateMeasure;
  /** 排序 · Sort keys in priority order; default the grouped dimensions, then unit, ascending. Nulls sort last. */
  readonly orderBy?: InputMaybe<ReadonlyArray<AggregateOrder>>;
};

/** 汇总方式 · The measure computed over each group's values. */
export type AggregateMeasure =
  /** 平均 · Mean of the values. */
  | 'AVG'
  /** 计数 · Number of facts (with or without a value). */
  | 'COUNT'
  /** 最大值 · Largest value. */
  | 'MAX'
  /** 最小值 · Smallest value. */
  | 'MIN'
  /** 求和 · Sum of the values. */
  | 'SUM';

/** 汇总排序 · One sort key of aggregate rows. */
export type AggregateOrder = {
  /** 方向 · Ascending unless given. */
  readonly direction?: InputMaybe<SortDirection>;
  /** 排序键 · What to sort by; a dimension must be one grouped on. */
  readonly key: AggregateSortKey;
};

/** 汇总结果 · Aggregate rows with the number of groups in all. */
export type AggregateResult = {
  readonly __typename?: 'AggregateResult';
  /** 汇总行 · The groups, ordered and limited. */
  readonly rows: ReadonlyArray<AggregateRow>;
  /** 总行数 · Groups in all, before the limit. */
  readonly totalRows: Scalars['Int']['output'];
  /** 是否截断 · True when the limit left groups out. */
  readonly truncated: Scalars['Boolean']['output'];
};

/** 汇总行 · One group: its keys (null where not grouped on), unit, value and count. */
export type AggregateRow = {
  readonly __typename?: 'AggregateRow';
  /** 指标类别 · Category of the group, or null. */
  readonly category?: Maybe<IndicatorCategory>;
  /** 章 · The chapter of the group, or null. */
  readonly chapter?: Maybe<Chapter>;
  /** 章号 · Chapter number of the group, or null. */
  readonly chapterNumber?: Maybe<Scalars['Int']['output']>;
  /** 计数 · Facts in the group. */
  readonly count: Scalars['Int']['output'];
  /** 指标 · The indicator of the group, or null. */
  readonly indicator?: Maybe<Indicator>;
  /** 指标编码 · Indicator code of the group, or null. */
  readonly indicatorCode?: Maybe<Scalars['ID']['output']>;
  /** 是否样例 · True when any fact of the group is synthetic SAMPLE data. */
  readonly isSample: Scalars['Boolean']['output'];
  /** 事实类型 · Kind of the group, or null. */
  readonly kind?: Maybe<FactKind>;
  /** 计量类型 · Measure kind of the group, or null. */
  readonly measureKind?: Maybe<MeasureKind>;
  /** 时期结束年 · Last year of the group's period (grouped by PERIOD), or null. */
  readonly periodEnd?: Maybe<Scalars['Int']['output']>;
  /** 时期起始年 · First year of the group's period (grouped by PERIOD), or null. */
  readonly periodStart?: Maybe<Scalars['Int']['output']>;
  /** 来源类型 · Provenance of the group, or null. SAMPLE rows are synthetic. */
  readonly provenance?: Maybe<Provenance>;
  /** 地区 · The region of the group, or null. */
  readonly region?: Maybe<Region>;
  /** 地区编码 · Region code of the group, or null. */
  readonly regionCode?: Maybe<Scalars['ID']['output']>;
  /** 单位 · The unit every value of the group is in (null for facts without a unit, and for COUNT not grouped by UNIT). */
  readonly unit?: Maybe<Scalars['String']['output']>;
  /** 数值 · The measure over the group's values (rounded to 12 significant digits), or null when no fact of the group has a value. */
  readonly value?: Maybe<Scalars['Float']['output']>;
  /** 年份 · Year of the group, or null. */
  readonly year?: Maybe<Scalars['Int']['output']>;
};

/** 汇总排序键 · What aggregate rows can be sorted by: a grouped dimension, the unit, the value or the count. */
export type AggregateSortKey =
  /** 指标类别 · Category. */
  | 'CATEGORY'
  /** 章 · Chapter number. */
  | 'CHAPTER'
  /** 计数 · The number of facts. */
  | 'COUNT'
  /** 指标 · Indicator code. */
  | 'INDICATOR'
  /** 事实类型 · Kind. */
  | 'KIND'
  /** 计量类型 · Measure kind. */
  | 'MEASURE_KIND'
  /** 时期 · Period: start year, then end year. */
  | 'PERIOD'
  /** 来源类型 · Provenance. */
  | 'PROVENANCE'
  /** 地区 · Region code. */
  | 'REGION'
  /** 单位 · Unit. */
  | 'UNIT'
  /** 数值 · The measured value. */
  | 'VALUE'
  /** 年份 · Year. */
  | 'YEAR';

/** 专栏 · A box (专栏) of the plan: the indicator table or a list of projects. */
export type Box = Node & {
  readonly __typename?: 'Box';
  /** 所属章 · The chapter the box is printed in. */
  readonly chapter: Chapter;
  /** 专栏编号 · Box id as printed, e.g. "1", "3-3", "12". */
  readonly id: Scalars['ID']['output'];
  /** 专栏类型 · Indicator table or project list. */
  readonly kind: BoxKind;
  /** 全局编号 · Global id for Relay and node(id:): "Box:" + id, e.g. "Box:3-3" (see Node). */
  readonly nodeId: Scalars['ID']['output'];
  /** 项目 · The box's items in order (empty for the indicator table). */
  readonly projects: ReadonlyArray<Project>;
  /** 所属节 · The section the box is printed in, or null. */
  readonly section?: Maybe<Section>;
  /** 专栏标题 · Box title as printed. */
  readonly title: Scalars['String']['output'];
};

/** 专栏类型 · What a box holds. */
export type BoxKind =
  /** 指标表 · The main indicator table (专栏1). */
  | 'INDICATOR_TABLE'
  /** 项目清单 · A list of numbered items (projects). */
  | 'PROJECTS';

/** 排名项 · One county-level division in a breakdown. */
export type BreakdownEntry = {
  readonly __typename?: 'BreakdownEntry';
  /** 监测值 · The observation, or null. */
  readonly fact?: Maybe<Fact>;
  /** 名次 · 1 = best; null without a value. */
  readonly rank?: Maybe<Scalars['Int']['output']>;
  /** 地区 · The district or county. */
  readonly region: Region;
  /** 占全市比重 · value / cityValue (additive indicators only; the shares sum to 1 when consistent). */
  readonly share?: Maybe<Scalars['Float']['output']>;
  /** 数值 · Its value that year, or null. */
  readonly value?: Maybe<Scalars['Float']['output']>;
};

/** 缓存范围 · Who may share a cached answer (Apollo Server's cache control; answers are cached per data version and audience). */
export type CacheControlScope =
  /** 私有 · Only the caller it was made for. */
  | 'PRIVATE'
  /** 公开 · Any caller may be served the cached answer. */
  | 'PUBLIC';

/** 章 · A chapter of the plan (第一章 … 第十三章). */
export type Chapter = Node & {
  readonly __typename?: 'Chapter';
  /** 专栏 · Boxes printed in this chapter. */
  readonly boxes: ReadonlyArray<Box>;
  /** 事实 · Quantitative statements located in this chapter, in document order. */
  readonly facts: ReadonlyArray<Fact>;
  /** 编号 · The chapter number as a string, e.g. "6": what chapter(id:) takes. */
  readonly id: Scalars['ID']['output'];
  /** 指标 · Table indicators that facts located in this chapter refer to. */
  readonly indicators: ReadonlyArray<Indicator>;
  /** 导语 · The chapter's opening paragraphs, before its first section. */
  readonly intro: Scalars['String']['output'];
  /** 全局编号 · Global id for Relay and node(id:): "Chapter:" + id, e.g. "Chapter:6" (see Node). */
  readonly nodeId: Scalars['ID']['output'];
  /** 章号 · Chapter number, 1–13. */
  readonly number: Scalars['Int']['output'];
  /** 项目 · Box items (projects) printed in this chapter. */
  readonly projects: ReadonlyArray<Project>;
  /** 节 · The chapter's sections in order. */
  readonly sections: ReadonlyArray<Section>;
  /** 全文 · The chapter's full text, headings and boxes included; lost "+" signs restored. */
  readonly text: Scalars['String']['output'];
  /** 章标题 · Chapter title as printed. */
  readonly title: Scalars['String']['output'];
  /** 英文标题 · English translation of the title. */
  readonly titleEn: Scalars['String']['output'];
};

/** 比较符 · How the printed value bounds the true value. */
export type Comparator =
  /** 约 · Approximately (左右, 约, 近). */
  | 'APPROX'
  /** 等于 · Exactly (达到, plain numbers). */
  | 'EQ'
  /** 大于 · More than (超过, 余). */
  | 'GT'
  /** 不少于 · At least (以上, 不少于). */
  | 'GTE'
  /** 小于 · Less than (<). */
  | 'LT'
  /** 不超过 · At most. */
  | 'LTE';

/** 数据集 · The data version being served: what was loaded, when and from where. */
export type Dataset = Node & {
  readonly __typename?: 'Dataset';
  /** 查询引擎 · The warehouse engine answering queries: duckdb (in process) or postgres. */
  readonly engine: Scalars['String']['output'];
  /** 种子文件 · Every file of the version with its checksum, size and row count; internal monitoring files are listed to internal callers only. */
  readonly files: ReadonlyArray<DatasetFile>;
  /** 编号 · The data version (the same as version): another version is another Dataset. */
  readonly id: Scalars['ID']['output'];
  /** 含样例数据 · True when synthetic SAMPLE observations are part of what is served (SEEDS_SAMPLE=1). */
  readonly includesSample: Scalars['Boolean']['output'];
  /** 加载时间 · When this version was loaded into the warehouse (ISO 8601, UTC). */
  readonly loadedAt: Scalars['String']['output'];
  /** 清单版本 · The manifest's content hash alone, without the +sample suffix. */
  readonly manifestVersion: Scalars['String']['output'];
  /** 全局编号 · Global id for Relay and node(id:): "Dataset:" + id (see Node). */
  readonly nodeId: Scalars['ID']['output'];
  /** 数据更新 · How this process keeps its data current: the last check for a new version and the last failure, if any. */
  readonly refresh: DatasetRefresh;
  /** 结构版本 · Version of the seed file format. */
  readonly schemaVersion: Scalars['Int']['output'];
  /** 数据来源 · Where the seeds were read from: a directory path or an s3:// URL. */
  readonly source: Scalars['String']['output'];
  /** 数据版本 · Content hash of the seed files (16 hex digits), with "+sample" when SAMPLE data is served too; changes whenever any file changes. */
  readonly version: Scalars['String']['output'];
};

/** 种子文件 · One file of a seed version, as listed in its manifest. */
export type DatasetFile = {
  readonly __typename?: 'DatasetFile';
  /** 字节数 · Size in bytes. */
  readonly bytes: Scalars['Int']['output'];
  /** 文件键 · Path of the file under the seeds root, e.g. data/facts.json. */
  readonly key: Scalars['String']['output'];
  /** 行数 · Rows in the file (lines for the source text). */
  readonly rows: Scalars['Int']['output'];
  /** SHA-256 校验和 · Hex SHA-256 of the file's bytes. */
  readonly sha256: Scalars['String']['output'];
};

/** 数据更新 · How the process keeps its data current. A failed load never replaces the serving version. */
export type DatasetRefresh = {
  readonly __typename?: 'DatasetRefresh';
  /** 检查时间 · When the source was last asked for a new version (ISO 8601, UTC), or null. */
  readonly checkedAt?: Maybe<Scalars['String']['output']>;
  /** 错误 · What failed last (file, row and field for bad data), or null. */
  readonly error?: Maybe<Scalars['String']['output']>;
  /** 失败时间 · When it failed (ISO 8601, UTC), or null. */
  readonly failedAt?: Maybe<Scalars['String']['output']>;
  /** 失败版本 · The data version that failed to load, or null when the check itself failed. */
  readonly failedVersion?: Maybe<Scalars['String']['output']>;
  /** 状态 · Current, loading a newer version, or failed. */
  readonly state: RefreshState;
};

/** 改善方向 · Which way is better. */
export type Direction =
  /** 越低越好 · Lower is better (e.g. the unemployment rate). */
  | 'DECREASE'
  /** 越高越好 · Higher is better. */
  | 'INCREASE';

/** 事实 · One quantitative statement: a value with its period, region and source. */
export type Fact = Node & {
  readonly __typename?: 'Fact';
  /** 一致事实 · Other facts restating the same value (count them once when adding up). */
  readonly agreesWith: ReadonlyArray<Fact>;
  /** 适用地区 · Regions a group statement applies to (各县 → the nine counties). */
  readonly appliesTo: ReadonlyArray<Region>;
  /** 比较符 · How the printed value bounds the true value; null for a qualitative statement. */
  readonly comparator?: Maybe<Comparator>;
  /** 原文限定词 · The printed qualifier: 以上, 超过, 左右, 不少于, 约, 余, 近, <. */
  readonly comparatorText?: Maybe<Scalars['String']['output']>;
  /** 矛盾事实 · Other facts stating a different value for the same thing. The plan contradicts itself; both are kept. */
  readonly conflictsWith: ReadonlyArray<Fact>;
  /** 编号 · Stable id: "I04-target" (table), "s1.1-05" (section prose), "p3-3-07-02" (box item) or "o:REPORTED:I04:411725:2023" (observation: provenance, indicator, region, period). */
  readonly id: Scalars['ID']['output'];
  /** 指标 · The table indicator this fact measures, or null. */
  readonly indicator?: Maybe<Indicator>;
  /** 列推断 · True when a table row printed one value and its column (2025) was inferred. */
  readonly inferredColumn: Scalars['Boolean']['output'];
  /** 是否样例 · True for synthetic SAMPLE data, which is not real. */
  readonly isSample: Scalars['Boolean']['output'];
  /** 事实类型 · Baseline, target, achievement or observation. */
  readonly kind: FactKind;
  /** 计量类型 · Stock, annual flow, cumulative total, rate or other: what the value may be added to. */
  readonly measureKind: MeasureKind;
  /** 全局编号 · Global id for Relay and node(id:): "Fact:" + id, e.g. "Fact:I04-target" (see Node). */
  readonly nodeId: Scalars['ID']['output'];
  /** 说明 · A reviewer's note on how the statement was read; for SAMPLE observations, the label that they are synthetic. */
  readonly note?: Maybe<Scalars['String']['output']>;
  /** 数据文件 · For an observation, the monitoring file and row it was read from; null for plan facts. */
  readonly origin?: Maybe<FactOrigin>;
  /** 时期结束年 · Last year of the period the value covers. */
  readonly periodEnd: Scalars['Int']['output'];
  /** 时期起始年 · First year of the period the value covers. */
  readonly periodStart: Scalars['Int']['output'];
  /** 时期类型 · Point value, cumulative total or yearly value. */
  readonly periodType: PeriodType;
  /** 来源类型 · Plan text, monitoring report or synthetic sample. */
  readonly provenance: Provenance;
  /** 地区 · The region the value describes, or null for a group statement (see appliesTo). */
  readonly region?: Maybe<Region>;
  /** 原文地区 · The plan's own words for the region (市区, 各县, 全市), or null. */
  readonly regionText?: Maybe<Scalars['String']['output']>;
  /** 出处 · Location in the plan and verbatim quote; null for an observation, which comes from a monitoring file (see origin). */
  readonly source?: Maybe<FactSource>;
  /** 统计对象 · What is measured, in the plan's words. */
  readonly subject: Scalars['String']['output'];
  /** 单位 · Unit as printed (万人, %, 家, 亿元, 元/月 …). */
  readonly unit?: Maybe<Scalars['String']['output']>;
  /** 数值 · The number, or null where none is printed (ratio, qualitative target). */
  readonly value?: Maybe<Scalars['Float']['output']>;
  /** 比例分项 · The parts of a ratio such as 15:35:50, else null. */
  readonly valueParts?: Maybe<ReadonlyArray<Scalars['Float']['output']>>;
  /** 原文数值 · The value exactly as printed, e.g. "30万人以上", "<5.5", "15:35:50", "稳步提高". */
  readonly valueText: Scalars['String']['output'];
};

/** 事实连接 · A page of facts (Relay connection). */
export type FactConnection = {
  readonly __typename?: 'FactConnection';
  /** 边 · The facts of this page with their cursors. */
  readonly edges: ReadonlyArray<FactEdge>;
  /** 分页信息 · Whether more pages exist. */
  readonly pageInfo: PageInfo;
  /** 总数 · Number of facts matching the filter, over all pages. */
  readonly totalCount: Scalars['Int']['output'];
};

/** 事实边 · One fact in a page. */
export type FactEdge = {
  readonly __typename?: 'FactEdge';
  /** 游标 · Opaque cursor of this item. */
  readonly cursor: Scalars['String']['output'];
  /** 事实 · The fact. */
  readonly node: Fact;
};

/** 事实筛选 · Conditions on facts; all given conditions must hold. Lists hold at most 100 items; an empty list matches nothing. */
export type FactFilter = {
  /** 专栏编号 · Only facts located in this box ("3-3"). An unknown id is BAD_USER_INPUT. */
  readonly box?: InputMaybe<Scalars['ID']['input']>;
  /** 指标类别 · Only facts of indicators in this category (facts without an indicator never match). */
  readonly category?: InputMaybe<IndicatorCategory>;
  /** 章号 · Only facts located in this chapter (1–13; another number is BAD_USER_INPUT). */
  readonly chapter?: InputMaybe<Scalars['Int']['input']>;
  /** 存在矛盾 · true: only facts the plan contradicts elsewhere (conflictsWith is not empty); false: only facts without a contradiction. */
  readonly hasConflicts?: InputMaybe<Scalars['Boolean']['input']>;
  /** 事实编号(多个) · Only the facts with these ids (plan facts and observations alike); an unknown id matches nothing. */
  readonly ids?: InputMaybe<ReadonlyArray<Scalars['ID']['input']>>;
  /** 指标编码 · Only facts linked to this indicator ("I04"; letters in any case). An unknown code is BAD_USER_INPUT. */
  readonly indicator?: InputMaybe<Scalars['ID']['input']>;
  /** 指标编码(多个) · Only facts linked to one of these indicators. An unknown code is BAD_USER_INPUT. */
  readonly indicators?: InputMaybe<ReadonlyArray<Scalars['ID']['input']>>;
  /** 事实类型 · Only this kind. */
  readonly kind?: InputMaybe<FactKind>;
  /** 事实类型(多个) · Only these kinds. */
  readonly kinds?: InputMaybe<ReadonlyArray<FactKind>>;
  /** 计量类型 · Only facts of this measure kind. */
  readonly measureKind?: InputMaybe<MeasureKind>;
  /** 计量类型(多个) · Only facts of these measure kinds. */
  readonly measureKinds?: InputMaybe<ReadonlyArray<MeasureKind>>;
  /** 项目编号 · Only facts of this project ("3-3-07"). An unknown code is BAD_USER_INPUT. */
  readonly project?: InputMaybe<Scalars['ID']['input']>;
  /** 来源类型 · Only facts of this provenance. */
  readonly provenance?: InputMaybe<Provenance>;
  /** 地区编码 · Only facts about this region, including group statements that apply to it (各县). An unknown code is BAD_USER_INPUT. */
  readonly region?: InputMaybe<Scalars['ID']['input']>;
  /** 地区编码(多个) · Only facts about one of these regions, group statements included. An unknown code is BAD_USER_INPUT. */
  readonly regions?: InputMaybe<ReadonlyArray<Scalars['ID']['input']>>;
  /** 节编号 · Only facts located in this section ("1.5"). An unknown id is BAD_USER_INPUT. */
  readonly section?: InputMaybe<Scalars['ID']['input']>;
  /** 文本 · Only facts whose subject, printed value or quote contains this text (plain substring, 1–100 characters). */
  readonly text?: InputMaybe<Scalars['String']['input']>;
  /** 单位 · Only facts in this unit, exactly as printed (万人, %, 元/月 …). A unit no fact has is BAD_USER_INPUT, and the message lists the units there are. */
  readonly unit?: InputMaybe<Scalars['String']['input']>;
  /** 数值下限 · Only facts with a value of at least this (facts without a value never match). */
  readonly valueFrom?: InputMaybe<Scalars['Float']['input']>;
  /** 数值上限 · Only facts with a value of at most this (facts without a value never match). */
  readonly valueTo?: InputMaybe<Scalars['Float']['input']>;
  /** 年份 · Only facts whose period ends in this year (a fact's year is the last year of its period: 2025 for a 2021–2025 total). */
  readonly year?: InputMaybe<Scalars['Int']['input']>;
  /** 起始年份 · Only facts whose period ends in or after this year. */
  readonly yearFrom?: InputMaybe<Scalars['Int']['input']>;
  /** 截止年份 · Only facts whose period ends in or before this year. */
  readonly yearTo?: InputMaybe<Scalars['Int']['input']>;
};

/** 事实类型 · What a fact states. */
export type FactKind =
  /** 已取得成绩 · A value achieved by 2020 or during the 13th Five-Year period. */
  | 'ACHIEVEMENT'
  /** 基期值 · The indicator table's 2020 value. */
  | 'BASELINE'
  /** 监测值 · A value reported by monitoring. */
  | 'OBSERVATION'
  /** 目标值 · A value to be reached in the plan period. */
  | 'TARGET';

/** 事实排序 · One sort key. */
export type FactOrder = {
  /** 方向 · Ascending unless given. */
  readonly direction?: InputMaybe<SortDirection>;
  /** 字段 · What to sort by. */
  readonly field: FactOrderField;
};

/** 事实排序字段 · Fields facts can be sorted by. */
export type FactOrderField =
  /** 文档顺序 · Order of appearance in the plan. */
  | 'DOCUMENT'
  /** 编号 · Fact id. */
  | 'ID'
  /** 指标 · Indicator code (facts without one last). */
  | 'INDICATOR'
  /** 事实类型 · Kind. */
  | 'KIND'
  /** 时期结束年 · Last year of the period. */
  | 'PERIOD_END'
  /** 时期起始年 · First year of the period. */
  | 'PERIOD_START'
  /** 来源类型 · Provenance. */
  | 'PROVENANCE'
  /** 地区 · Region code (facts without one last). */
  | 'REGION'
  /** 数值 · Value (facts without one last). */
  | 'VALUE';

/** 数据文件出处 · Where an observation was read from: the file as listed in the manifest, and its data row. */
export type FactOrigin = {
  readonly __typename?: 'FactOrigin';
  /** 文件键 · Key of the monitoring file, e.g. observations/reported/2023.csv. */
  readonly file: Scalars['String']['output'];
  /** 行号 · 1-based data row in the file (a CSV header is not counted). */
  readonly row: Scalars['Int']['output'];
};

/** 出处 · Where in the plan a fact is stated, with the verbatim quote. */
export type FactSource = {
  readonly __typename?: 'FactSource';
  /** 专栏 · The box that states the fact, or null where it is not in a box. */
  readonly box?: Maybe<Box>;
  /** 章 · The chapter that states the fact, or null outside the chapters. */
  readonly chapter?: Maybe<Chapter>;
  /** 项目 · The box item that states the fact, or null where it is not in one. */
  readonly project?: Maybe<Project>;
  /** 原文 · Verbatim text of the source that states the fact; contains valueText. */
  readonly quote: Scalars['String']['output'];
  /** 节 · The section that states the fact, or null where it stands outside a section. */
  readonly section?: Maybe<Section>;
};

/** 指标 · A row of the main indicator table (专栏1). */
export type Indicator = Node & {
  readonly __typename?: 'Indicator';
  /** 属性 · Expected or binding. */
  readonly attribute: IndicatorAttribute;
  /** 属性名称 · 预期性 or 约束性, as printed. */
  readonly attributeLabel: Scalars['String']['output'];
  /** 基期值 · The table's 2020 value, or null where the row prints none. */
  readonly baseline?: Maybe<Fact>;
  /**
   * 分县排名 · The county-level divisions (districts and counties under the city; the
   * functional zones overlap them and are left out) ranked by their value in one
   * year, with the city's value and, for an additive indicator, whether the
   * divisions add up to it.
   */
  readonly breakdown: IndicatorBreakdown;
  /** 类别 · The table group. */
  readonly category: IndicatorCategory;
  /** 类别名称 · The group heading as printed, e.g. 人才发展. */
  readonly categoryLabel: Scalars['String']['output'];
  /** 指标编码 · "I" + the table row, e.g. "I04". */
  readonly code: Scalars['ID']['output'];
  /** 改善方向 · Whether higher or lower is better. */
  readonly direction: Direction;
  /** 事实 · Every fact linked to this indicator (table, prose and box items), in document order. */
  readonly facts: FactConnection;
  /** 编号 · The indicator code, e.g. "I04": what indicator(id:) takes. */
  readonly id: Scalars['ID']['output'];
  /** 计量类型 · What kind of quantity its table values are (its target's): STOCK, RATE or CUMULATIVE_TOTAL; a flow's single-year observations are ANNUAL_FLOW. */
  readonly measureKind: MeasureKind;
  /** 指标名称 · Name as printed, unit removed. */
  readonly name: Scalars['String']['output'];
  /** 英文名称 · English name. */
  readonly nameEn: Scalars['String']['output'];
  /** 全局编号 · Global id for Relay and node(id:): "Indicator:" + id, e.g. "Indicator:I04" (see Node). */
  readonly nodeId: Scalars['ID']['output'];
  /** 说明 · How to read this indicator (quirks of the table). */
  readonly note?: Maybe<Scalars['String']['output']>;
  /** 时期类型 · Point values or five-year cumulative flows. */
  readonly periodType: PeriodType;
  /** 原始表格行 · The row's cells exactly as printed (one per line). */
  readonly printedRow: Scalars['String']['output'];
  /** 进展 · Progress in one region (default the city), by the rules of Query.progress; null for an unknown region code. */
  readonly progress?: Maybe<IndicatorProgress>;
  /** 表格行号 · Row number in 专栏1, 1–17. */
  readonly row: Scalars['Int']['output'];
  /**
   * 年度序列 · One point per year from `from` to `to` of one region's single-year
   * observations (a multi-year total is not a year): value, change on the year
   * before and its rate; for a flow also the running total since 2021. A year
   * without data has a null value. The city's series starts at the plan's own 2020
   * value (`isPlanBaseline`, provenance PLAN) where monitoring has none for 2020, so
   * a chart runs from the baseline to the target without a gap. `from` > `to`, a
   * year outside 1949–2100 or an unknown region is BAD_USER_INPUT naming the argument.
   */
  readonly series: ReadonlyArray<SeriesPoint>;
  /** 目标值 · The table's 2025 target. */
  readonly target?: Maybe<Fact>;
  /** 计量单位 · Unit as printed in the row heading (万人, %, 人年, 年), or null (the ratio row). */
  readonly unit?: Maybe<Scalars['String']['output']>;
};


/** 指标 · A row of the main indicator table (专栏1). */
export type IndicatorBreakdownArgs = {
  provenance?: InputMaybe<Provenance>;
  year: Scalars['Int']['input'];
};


/** 指标 · A row of the main indicator table (专栏1). */
export type IndicatorFactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 指标 · A row of the main indicator table (专栏1). */
export type IndicatorProgressArgs = {
  asOf?: InputMaybe<Scalars['Int']['input']>;
  provenance?: InputMaybe<Provenance>;
  region?: InputMaybe<Scalars['ID']['input']>;
};


/** 指标 · A row of the main indicator table (专栏1). */
export type IndicatorSeriesArgs = {
  from?: InputMaybe<Scalars['Int']['input']>;
  provenance?: InputMaybe<Provenance>;
  region?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Int']['input']>;
};

/** 指标属性 · Whether a target is expected or binding. */
export type IndicatorAttribute =
  /** 约束性 · Binding (an obligation). */
  | 'BINDING'
  /** 预期性 · Expected (a guidance target). */
  | 'EXPECTED';

/** 分县构成 · The county-level divisions of one indicator in one year. */
export type IndicatorBreakdown = {
  readonly __typename?: 'IndicatorBreakdown';
  /** 可加性 · True when county values add up to the city value (counts and flows), false for rates, shares and averages. */
  readonly additive: Scalars['Boolean']['output'];
  /** 全市监测值 · The city's observation, or null. */
  readonly cityFact?: Maybe<Fact>;
  /** 全市值 · The city's own observation that year, or null. */
  readonly cityValue?: Maybe<Scalars['Float']['output']>;
  /**
   * 一致性 · Additive indicators: true when |cityValue − countySum| ≤ tolerance, false
   * when not (a reporting error somewhere); null when not additive, the city value
   * is missing, or a division has no value (a partial sum proves nothing).
   */
  readonly consistent?: Maybe<Scalars['Boolean']['output']>;
  /** 分县合计 · Sum of the divisions' values (additive indicators only, else null). */
  readonly countySum?: Maybe<Scalars['Float']['output']>;
  /** 差额 · cityValue − countySum, when consistent is not null. */
  readonly difference?: Maybe<Scalars['Float']['output']>;
  /** 排名 · Every district and county: those with a value ranked best first (highest, or lowest where lower is better; ties share a rank), then those without. */
  readonly entries: ReadonlyArray<BreakdownEntry>;
  /** 指标 · The indicator. */
  readonly indicator: Indicator;
  /** 是否样例 · True when any value shown is synthetic SAMPLE data. */
  readonly isSample: Scalars['Boolean']['output'];
  /** 缺报地区 · Divisions without a value that year. */
  readonly missingRegions: ReadonlyArray<Region>;
  /** 容差 · The rounding the printed values allow: half a unit of the finest printed digit (0.005 for values printed to two decimals; "1" is read as 1.00 with its zeros dropped), once for the city and once per division. */
  readonly tolerance?: Maybe<Scalars['Float']['output']>;
  /** 年份 · The year. */
  readonly year: Scalars['Int']['output'];
};

/** 指标类别 · The table's four groups. */
export type IndicatorCategory =
  /** 就业促进 · Employment promotion (rows 8–13). */
  | 'EMPLOYMENT'
  /** 人力资源开发 · Human-resources development (rows 4–7). */
  | 'HUMAN_RESOURCES'
  /** 劳动关系 · Labour relations (rows 14–17). */
  | 'LABOR_RELATIONS'
  /** 人才发展 · Talent development (rows 1–3). */
  | 'TALENT';

/** 指标连接 · A page of indicators (Relay connection). */
export type IndicatorConnection = {
  readonly __typename?: 'IndicatorConnection';
  /** 边 · The indicators of this page with their cursors. */
  readonly edges: ReadonlyArray<IndicatorEdge>;
  /** 分页信息 · Whether more pages exist. */
  readonly pageInfo: PageInfo;
  /** 总数 · Number of indicators matching the filter, over all pages. */
  readonly totalCount: Scalars['Int']['output'];
};

/** 指标边 · One indicator in a page. */
export type IndicatorEdge = {
  readonly __typename?: 'IndicatorEdge';
  /** 游标 · Opaque cursor of this item. */
  readonly cursor: Scalars['String']['output'];
  /** 指标 · The indicator. */
  readonly node: Indicator;
};

/** 指标筛选 · Conditions on indicators; all given conditions must hold. */
export type IndicatorFilter = {
  /** 属性 · Only expected or only binding indicators. */
  readonly attribute?: InputMaybe<IndicatorAttribute>;
  /** 类别 · Only this group of the table. */
  readonly category?: InputMaybe<IndicatorCategory>;
  /** 指标编码 · Only these codes (letters in any case). An unknown code is BAD_USER_INPUT. */
  readonly codes?: InputMaybe<ReadonlyArray<Scalars['ID']['input']>>;
  /** 方向 · Only indicators where higher (or lower) is better. */
  readonly direction?: InputMaybe<Direction>;
  /** 名称 · Only indicators whose Chinese or English name contains this text (plain substring, ASCII letters in any case, 1–100 characters), e.g. "技能人才" or "unemployment". */
  readonly name?: InputMaybe<Scalars['String']['input']>;
};

/** 指标排序 · One sort key. */
export type IndicatorOrder = {
  /** 方向 · Ascending unless given. */
  readonly direction?: InputMaybe<SortDirection>;
  /** 字段 · What to sort by. */
  readonly field: IndicatorOrderField;
};

/** 指标排序字段 · Fields indicators can be sorted by. */
export type IndicatorOrderField =
  /** 类别 · Table group, then code. */
  | 'CATEGORY'
  /** 编码 · Code (= table row). */
  | 'CODE'
  /** 名称 · Chinese name. */
  | 'NAME';

/** 指标进展 · Progress of one indicator in one region, with the numbers it was computed from and why it has its status. */
export type IndicatorProgress = Node & {
  readonly __typename?: 'IndicatorProgress';
  /** 基期值 · The table's baseline (2020, or 2016–2020 for a flow), city-wide, as printed; null where the table prints none. */
  readonly baseline?: Maybe<Fact>;
  /** 比较基准 · What start and target the row was measured with (see ProgressBasis). */
  readonly basis: ProgressBasis;
  /**
   * 完成率 · (latest − start) / (targetValue − start), with the signs working out for
   * DECREASE as well (both numerator and denominator negative). For CUMULATIVE:
   * total to date / targetValue. 0 = at the start, 1 = at the target; above 1 when
   * the target is passed (documented, not capped), below 0 when moving away. Null
   * for QUALITATIVE, BOUND, FLOOR and HOLD, and when the start is the latest
   * observation itself.
   */
  readonly completionRate?: Maybe<Scalars['Float']['output']>;
  /**
   * 时间进度 · (latestYear − start year) / (plan end − start year), clamped to [0, 1],
   * with the plan period read from the plan table (2021–2025, base year 2020): (latestYear
   * − 2020) / 5 on the city's rows; from the region's first year where that is the
   * start (OBSERVED_START, FAIR_SHARE stocks). 1 when no time was left to measure.
   */
  readonly elapsedShare?: Maybe<Scalars['Float']['output']>;
  /**
   * 说明 · How the status was reached, in words, with the numbers used. When the
   * served data holds no monitoring file at all (none REPORTED, SAMPLE not loaded),
   * a NO_DATA row says so and how to load some, so an all-NO_DATA answer is never
   * mistaken for a finding.
   */
  readonly explanation: Scalars['String']['output'];
  /**
   * 编号 · indicator:region:cut-off year:provenance, e.g. \"I04:411700:2025:DEFAULT\" — the
   * cut-off is asOf (or the plan's last year), the provenance REPORTED, SAMPLE or DEFAULT
   * (none asked for). Rows of other asOf or provenance arguments are other rows, with
   * other ids, so a client cache never mixes them.
   */
  readonly id: Scalars['ID']['output'];
  /** 指标 · The table indicator. */
  readonly indicator: Indicator;
  /** 是否样例 · True when the row rests on synthetic SAMPLE data, which is not real. */
  readonly isSample: Scalars['Boolean']['output'];
  /**
   * 最新值 · The latest observation used: for a stock or rate the observation with the
   * greatest year up to the cut-off; for a flow a derived fact with the total to
   * date over 2021–latestYear (id "o:<provenance>:<indicator>:<region>:2021-<year>:sum",
   * periodType CUMULATIVE, see observations), or a reported total used as is. Null
   * without observations.
   */
  readonly latest?: Maybe<Fact>;
  /** 最新数值 · The latest value (for a flow, the total to date; for the ratio, the senior share). */
  readonly latestValue?: Maybe<Scalars['Float']['output']>;
  /** 最新年份 · The year of the latest value. */
  readonly latestYear?: Maybe<Scalars['Int']['output']>;
  /** 缺失年份 · CUMULATIVE only: plan years up to latestYear without a flow; the total to date then understates progress. */
  readonly missingYears: ReadonlyArray<Scalars['Int']['output']>;
  /** 全局编号 · Global id for Relay and node(id:): "IndicatorProgress:" + id, e.g. "IndicatorProgress:I04:411700:2025:DEFAULT" (see Node). */
  readonly nodeId: Scalars['ID']['output'];
  /** 所用监测值 · The observations the row rests on: the latest one, the flows summed, or the series a trend was read from. */
  readonly observations: ReadonlyArray<Fact>;
  /** 监测数据来源 · REPORTED or SAMPLE: the provenance of the observations used; null without any. */
  readonly provenance?: Maybe<Provenance>;
  /** 地区 · The city (the plan's own row) or a region with observations. */
  readonly region: Region;
  /** 所需年均增量 · CUMULATIVE only: (targetValue − total to date) / years left, the average flow still needed per year; null when achieved or no years are left. */
  readonly requiredAnnualAmount?: Maybe<Scalars['Float']['output']>;
  /**
   * 所需年均增速 · (targetValue / latest)^(1 / (plan end − latestYear)) − 1: the
   * constant yearly growth still needed (negative where lower is better). Null when
   * not meaningful: already ACHIEVED, no years left, latest ≤ 0 or target ≤ 0,
   * QUALITATIVE, CUMULATIVE (see requiredAnnualAmount).
   */
  readonly requiredAnnualGrowth?: Maybe<Scalars['Float']['output']>;
  /** 城市份额 · FAIR_SHARE only: the county's share of the city in the reference year. */
  readonly share?: Maybe<Scalars['Float']['output']>;
  /** 起点值 · The start completionRate is measured from: the table baseline, the region's own first observation, or 0 for a flow; null for BOUND and QUALITATIVE. */
  readonly startValue?: Maybe<Scalars['Float']['output']>;
  /** 起点年份 · The year of the start. */
  readonly startYear?: Maybe<Scalars['Int']['output']>;
  /** 状态 · See ProgressStatus for the rules. */
  readonly status: ProgressStatus;
  /** 目标值 · The table's 2025 (or 2021–2025) target, city-wide, as printed. */
  readonly target?: Maybe<Fact>;
  /** 比较目标 · The target the row is measured against: the table's, or a county's fair share of it (FAIR_SHARE); null for QUALITATIVE. */
  readonly targetValue?: Maybe<Scalars['Float']['output']>;
  /** 计算规则 · Which rule applied (see ProgressTreatment). */
  readonly treatment: ProgressTreatment;
};

/** 计量类型 · What kind of quantity a value is, which decides what may be added to what (SUM refuses to mix kinds). */
export type MeasureKind =
  /** 年度流量 · A flow in one year (每年新增…; one year of a five-year total). */
  | 'ANNUAL_FLOW'
  /** 累计总量 · A total over several years (2021–2025 新增就业, 累计培训). */
  | 'CUMULATIVE_TOTAL'
  /** 其他 · A rank, a duration or a qualitative statement (第一, 三年, 稳步提高). */
  | 'OTHER'
  /** 比率 · A rate, share, ratio, multiple, average or price level (%, 15:35:50, 倍, 元/月, 平均受教育年限): never added, only averaged or compared. */
  | 'RATE'
  /** 存量 · A level at a year's end (人才资源总量, 高新技术企业数): counties' stocks of one year add up, one stock over several years does not. */
  | 'STOCK';

/**
 * 全局对象 · An object with a global id, for Relay and any client that refetches by id.
 *
 * Identity in this API has two fields, so that every existing name keeps its meaning:
 * - `id` is the object's own key within its type, exactly what its single-item lookup
 *   takes (`chapter(id: "6")`, `indicator(id: "I04")`, `fact(id: "I04-target")`,
 *   `section(id: "8.2")`, `box(id: "3-3")`). Unique within its type, so the default cache
 *   key of Apollo Client and urql (`__typename` + `id`) is unique and stable with no
 *   hand-written keys. Plain keys repeat across types (chapter 1 and box "1"), so `id`
 *   is not globally unique.
 * - `nodeId` is the global id: `"<type>:" + id` ("Chapter:6", "Box:1", "Fact:I04-target"),
 *   unique across every type; `node(id:)` takes it. For Relay, set the compiler's
 *   `schemaConfig.nodeInterfaceIdField` to "nodeId" and give the environment a
 *   `getDataID` that returns `nodeId` (as PostGraphile's schemas do).
 *
 * Types without a stable key (AggregateRow, SearchHit, SeriesPoint, IndicatorBreakdown,
 * BreakdownEntry, connections and edges, FactSource, FactOrigin, DatasetFile, DatasetRefresh,
 * PageInfo, SearchMatch) are values of the field that returned them, computed from its
 * arguments (a grouping, a search text, a year): they have no id, and a normalizing cache
 * keeps them inside their parent (urql: `keys: { AggregateRow: () => null, … }`).
 */
export type Node = {
  /** 全局编号 · Global id: "<type>:" + the type's own id, unique across all types; what node(id:) takes. */
  readonly nodeId: Scalars['ID']['output'];
};

/** 分页信息 · Relay page information for a connection. */
export type PageInfo = {
  readonly __typename?: 'PageInfo';
  /** 末项游标 · Cursor of the last item on this page; pass it as `after` for the next page. */
  readonly endCursor?: Maybe<Scalars['String']['output']>;
  /** 是否有下一页 · True when more items follow this page. */
  readonly hasNextPage: Scalars['Boolean']['output'];
  /** 是否有上一页 · True when items precede this page. */
  readonly hasPreviousPage: Scalars['Boolean']['output'];
  /** 首项游标 · Cursor of the first item on this page, or null for an empty page. */
  readonly startCursor?: Maybe<Scalars['String']['output']>;
};

/** 时期类型 · How a value relates to its period. */
export type PeriodType =
  /** 年度值 · A value for each year of the period (e.g. 每年…). */
  | 'ANNUAL'
  /** 累计值 · A total over the whole period (e.g. new jobs 2021–2025). */
  | 'CUMULATIVE'
  /** 时点值 · A stock, rate or ratio at the end of the period's last year. */
  | 'POINT';

/** 规划 · 驻马店市“十四五”人才发展、人力资源开发和就业促进规划, the plan document. */
export type Plan = Node & {
  readonly __typename?: 'Plan';
  /** 章 · The plan's chapters in order. */
  readonly chapters: ReadonlyArray<Chapter>;
  /** 文号 · Document number, 驻政〔2022〕36号. */
  readonly documentNumber: Scalars['String']['output'];
  /** 编号 · The plan's key, always "plan" (there is one plan). */
  readonly id: Scalars['ID']['output'];
  /** 索引号 · Index number in the government information catalogue. */
  readonly indexNumber: Scalars['String']['output'];
  /** 发文机关 · Issuing authority. */
  readonly issuer: Scalars['String']['output'];
  /** 全局编号 · Global id for Relay and node(id:): "Plan:" + id, e.g. "Plan:plan" (see Node). */
  readonly nodeId: Scalars['ID']['output'];
  /** 通知标题 · Title of the notice that issued the plan. */
  readonly noticeTitle: Scalars['String']['output'];
  /** 规划期结束年 · Last year of the plan period (2025). */
  readonly periodEnd: Scalars['Int']['output'];
  /** 规划期起始年 · First year of the plan period (2021). */
  readonly periodStart: Scalars['Int']['output'];
  /** 编制依据 · The preamble: what the plan is based on and what it is for. */
  readonly preamble: Scalars['String']['output'];
  /** 发文日期 · Date of publication (YYYY-MM-DD). */
  readonly publishedOn: Scalars['String']['output'];
  /** 成文日期 · Date the notice was signed (YYYY-MM-DD). */
  readonly signedOn: Scalars['String']['output'];
  /** 规划名称 · The plan's title. */
  readonly title: Scalars['String']['output'];
  /** 远景目标年 · Year of the long-range vision (2035). */
  readonly visionYear: Scalars['Int']['output'];
};

/**
 * 比较基准 · What a row's start and target are. Targets are city-wide: the plan sets
 * no county targets, and a county row never compares a county with the city
 * target as if it were its own.
 */
export type ProgressBasis =
  /** 全市规划 · The city's row: the table's baseline (2020) and target (2025) as printed (a flow's start is 0). */
  | 'CITY_PLAN'
  /**
   * 按份额 · A county's row for an additive indicator (the city value is the sum of the
   * counties): the county's target is its fair share of the city target — the city
   * target × the county's share of the city in its first observed year (a stock:
   * the county's value / the city's value that year; a flow: the county's annual flow
   * / the city's). A stock is measured from the county's own first value, and
   * elapsedShare runs from that year; a flow counts from 2021. If every county met
   * its fair share, the city would meet its target.
   */
  | 'FAIR_SHARE'
  /**
   * 自身起点 · The start is the region's own first observation from 2020 on; the target is
   * the city's target level. Used on the city's row when the table prints no
   * baseline, and on a county's row for a non-additive indicator (a rate, share or
   * average, where the city's level is a fair yardstick for a county).
   */
  | 'OBSERVED_START';

/** 进展筛选 · Conditions on progress rows; all given conditions must hold. */
export type ProgressFilter = {
  /** 截至年份 · Use only observations up to this year (1949–2100), e.g. to see where things stood at the end of 2023. Default: the plan's last year. */
  readonly asOf?: InputMaybe<Scalars['Int']['input']>;
  /** 类别 · Only this group of the table. */
  readonly category?: InputMaybe<IndicatorCategory>;
  /** 指标编码 · Only these indicators, e.g. ["I04", "I11"]. */
  readonly indicators?: InputMaybe<ReadonlyArray<Scalars['ID']['input']>>;
  /** 监测数据来源 · Use only observations of this provenance (REPORTED or SAMPLE; PLAN is BAD_USER_INPUT). Default: per indicator and region, REPORTED observations where there are any, else SAMPLE ones — never a mix. */
  readonly provenance?: InputMaybe<Provenance>;
  /** 地区编码 · Rows for exactly these regions (the city only if listed), with NO_DATA where a region has no observations; an unknown code is BAD_USER_INPUT. */
  readonly regions?: InputMaybe<ReadonlyArray<Scalars['ID']['input']>>;
  /** 状态 · Only rows with one of these statuses. */
  readonly statuses?: InputMaybe<ReadonlyArray<ProgressStatus>>;
};

/**
 * 进展状态 · Where an indicator stands. The rules, applied in this order (constants
 * live in resolvers/progress/status-rules.ts):
 * NO_DATA without (enough) observations; ACHIEVED when the latest value meets the
 * target; else by treatment — a completion rate against the elapsed share
 * (STANDARD, RATIO, CUMULATIVE, NO_BASELINE), a level to hold (FLOOR, HOLD), a bound
 * (BOUND) or a trend (QUALITATIVE).
 */
export type ProgressStatus =
  /**
   * 已实现 · The latest value meets the target, respecting the comparator (< 5.5 is
   * met only strictly below 5.5; ≥, >, ≤ likewise) and otherwise the direction (at
   * or above for INCREASE, at or below for DECREASE); for a flow, the total to date
   * meets the five-year total. The completion rate may then exceed 1 (a target
   * passed early). A QUALITATIVE target is never ACHIEVED: it has no end point.
   */
  | 'ACHIEVED'
  /**
   * 存在风险 · Behind, within a band: elapsedShare − 0.15 ≤ completionRate <
   * elapsedShare − 0.05. For a level to hold (FLOOR, HOLD): missed by at most 2% of
   * the target. For a BOUND: missed, but the last year-on-year change moved toward
   * it. For QUALITATIVE: better over the whole span, but not in every year.
   */
  | 'AT_RISK'
  /**
   * 无数据 · No observation in the window (the base year, 2020, to the cut-off), or
   * too few to judge: a QUALITATIVE trend needs two years; a start taken from the
   * region's own first observation needs a later one; a county's fair share needs
   * the city's value in the reference year. The ratio I02 has NO_DATA until its
   * senior share is observed.
   */
  | 'NO_DATA'
  /**
   * 偏离目标 · Not achieved and not within the AT_RISK band: completionRate <
   * elapsedShare − 0.15; a level missed by more than 2%; a bound missed without
   * moving toward it; a qualitative trend no better than where it started.
   */
  | 'OFF_TRACK'
  /**
   * 进度正常 · Not yet achieved, and completionRate ≥ elapsedShare − 0.05 (time and
   * progress in step, within a tolerance of 5 percentage points); for QUALITATIVE,
   * every year-on-year change of the observations went the better way (稳步提高).
   */
  | 'ON_TRACK';

/** 进展计算规则 · Which rule the row was computed by (follows from the table row; a county's own numbers may turn STANDARD into FLOOR or HOLD). */
export type ProgressTreatment =
  /**
   * 界限 · A bound without a baseline (row 11, `<5.5`): ACHIEVED when the latest value
   * satisfies it; AT_RISK when not, but the last change moved toward it; OFF_TRACK
   * otherwise. No completion rate (there is no start to measure from). A bound with a
   * baseline is STANDARD, with the comparator applied when checking ACHIEVED.
   */
  | 'BOUND'
  /**
   * 累计 · A five-year flow (rows 8–10): the latest value is the total over 2021 to
   * the latest year (annual flows summed, or a reported total from 2021 plus the
   * flows after it); completionRate = total to date / the 2021–2025 target. The
   * table's baseline is the 2016–2020 total, a different period, shown for
   * reference only and not subtracted. requiredAnnualGrowth is null;
   * requiredAnnualAmount gives the average flow still needed per year.
   */
  | 'CUMULATIVE'
  /**
   * 底线 · The target lies on the worse side of the start (rows 14–17 print targets
   * below their 2020 values): a level to hold, not a rise — ACHIEVED at or above it
   * (at or below where lower is better), AT_RISK when missed by at most 2%, OFF_TRACK
   * otherwise. completionRate is null (the formula would turn holding into a negative
   * number).
   */
  | 'FLOOR'
  /** 持平 · The target equals the start: (target − start) is 0, so completionRate is null; status as for FLOOR (whether the latest value holds the level). */
  | 'HOLD'
  /**
   * 无基期值 · A numeric target without a baseline (rows 5 and 13): the first
   * observation from 2020 on stands in as the start (basis OBSERVED_START) and the
   * STANDARD rule applies from its year; a single observation is NO_DATA unless it
   * already meets the target.
   */
  | 'NO_BASELINE'
  /**
   * 定性 · A target without a number (row 12, 稳步提高 "rise steadily"): status from the
   * trend of the observations (see ProgressStatus); completionRate and
   * requiredAnnualGrowth are null.
   */
  | 'QUALITATIVE'
  /**
   * 比例 · A ratio (row 2, 11:33:56 → 15:35:50): progress is read from the first part,
   * the senior share (11 → 15), by the STANDARD rule; NO_DATA without observations of
   * that share (the monitoring load refuses ratio rows today, so it is NO_DATA).
   */
  | 'RATIO'
  /** 常规 · A numeric baseline and a target on its better side: completionRate = (latest − start) / (target − start). */
  | 'STANDARD';

/** 项目 · A numbered item of a box (专栏), e.g. 3-3-07 职业教育质量提升工程. */
export type Project = Node & {
  readonly __typename?: 'Project';
  /** 所属专栏 · The box this item belongs to. */
  readonly box: Box;
  /** 所属章 · The chapter the item is printed in. */
  readonly chapter: Chapter;
  /** 项目编号 · Code "box-item", e.g. "3-3-07". */
  readonly code: Scalars['ID']['output'];
  /** 事实 · Quantitative statements of this item. */
  readonly facts: ReadonlyArray<Fact>;
  /** 编号 · The project code, e.g. "3-3-07": what project(id:) takes. */
  readonly id: Scalars['ID']['output'];
  /** 序号 · Item number within its box. */
  readonly item: Scalars['Int']['output'];
  /** 全局编号 · Global id for Relay and node(id:): "Project:" + id, e.g. "Project:3-3-07" (see Node). */
  readonly nodeId: Scalars['ID']['output'];
  /** 规范化说明 · Normalisations applied to the printed heading. */
  readonly normalisations: ReadonlyArray<Scalars['String']['output']>;
  /** 原始标题行 · The heading line exactly as printed in the source. */
  readonly printedHeading: Scalars['String']['output'];
  /** 相关地区 · Regions the item's text names (e.g. 确山小提琴 → 确山县). */
  readonly regions: ReadonlyArray<Region>;
  /** 项目内容 · The item's text; lost "+" signs restored. */
  readonly text: Scalars['String']['output'];
  /** 项目名称 · Title; lost "+" signs restored (061 X → 06 1+X). */
  readonly title: Scalars['String']['output'];
  /** 名称取自正文 · True when the item prints no title line and the title is its first clause (专栏4). */
  readonly titleFromText: Scalars['Boolean']['output'];
};

/** 项目连接 · A page of projects (Relay connection). */
export type ProjectConnection = {
  readonly __typename?: 'ProjectConnection';
  /** 边 · The projects of this page with their cursors. */
  readonly edges: ReadonlyArray<ProjectEdge>;
  /** 分页信息 · Whether more pages exist. */
  readonly pageInfo: PageInfo;
  /** 总数 · Number of projects matching the filter, over all pages. */
  readonly totalCount: Scalars['Int']['output'];
};

/** 项目边 · One project in a page. */
export type ProjectEdge = {
  readonly __typename?: 'ProjectEdge';
  /** 游标 · Opaque cursor of this item. */
  readonly cursor: Scalars['String']['output'];
  /** 项目 · The project. */
  readonly node: Project;
};

/** 项目筛选 · Conditions on projects; all given conditions must hold. */
export type ProjectFilter = {
  /** 专栏编号 · Only items of this box. An unknown id is BAD_USER_INPUT. */
  readonly box?: InputMaybe<Scalars['ID']['input']>;
  /** 章号 · Only projects printed in this chapter (1–13; another number is BAD_USER_INPUT). */
  readonly chapter?: InputMaybe<Scalars['Int']['input']>;
  /** 地区编码 · Only projects whose text names this region. An unknown code is BAD_USER_INPUT. */
  readonly region?: InputMaybe<Scalars['ID']['input']>;
  /** 文本 · Only projects whose title or text contains this text (plain substring, 1–100 characters). */
  readonly text?: InputMaybe<Scalars['String']['input']>;
};

/** 数据来源类型 · Where a fact comes from. */
export type Provenance =
  /** 规划文本 · Stated in the plan; carries a verbatim quote. */
  | 'PLAN'
  /** 监测报送 · Reported by monitoring. */
  | 'REPORTED'
  /** 合成样例 · Synthetic sample data for demos and tests. Not real data. */
  | 'SAMPLE';

/**
 * 查询入口 · The root of every read. The data is the Zhumadian "14th Five-Year" plan
 * for talent development, human-resources development and employment promotion
 * (驻政〔2022〕36号), with every number traceable to the sentence it came from.
 */
export type Query = {
  readonly __typename?: 'Query';
  /**
   * 汇总 · Aggregates fact values (plan facts and observations) grouped by any of
   * the dimensions, as flat rows for BI tools: one column per dimension (null where
   * not grouped on). SUM, AVG, MIN and MAX always group by unit as well: values in
   * different units (万人 and %, say) are never combined, and each row says its unit.
   * COUNT counts facts, which it splits by unit only when UNIT is in groupBy.
   * Facts without a value (a ratio, a qualitative target) are left out of SUM, AVG,
   * MIN and MAX but counted in `count`.
   *
   * 防误导 · SUM and AVG refuse (BAD_USER_INPUT naming `input.measure`, and the first
   * group at fault) to combine values that do not add up: values of different
   * measure kinds (a stock with a five-year total), of different periods (2020 with
   * 2025) unless grouped by MEASURE_KIND and PERIOD (or YEAR), and, for SUM, rates
   * and shares (RATE) or OTHER values at all. By default a value the plan restates
   * counts once and each contradiction counts once (see countConflictsOnce).
   */
  readonly aggregate: AggregateResult;
  /** 专栏 · One box by id as printed, or null if there is none. */
  readonly box?: Maybe<Box>;
  /** 专栏 · All 13 boxes in document order. */
  readonly boxes: ReadonlyArray<Box>;
  /** 章 · One chapter by number, or null if there is none. */
  readonly chapter?: Maybe<Chapter>;
  /** 章 · All 13 chapters in document order. */
  readonly chapters: ReadonlyArray<Chapter>;
  /** 数据版本 · The loaded data version and the files it was built from. */
  readonly dataset: Dataset;
  /**
   * 事实 · One fact by id: a plan fact ("I04-target", "s1.1-05", "p3-3-07-02") or an
   * observation ("o:SAMPLE:I04:411725:2023"); null when there is none (or when it is
   * from an internal monitoring file and the caller is public).
   */
  readonly fact?: Maybe<Fact>;
  /** 事实 · Quantitative statements (baselines, achievements, targets, observations), filtered, ordered and paged. Observations of internal monitoring files are served, and counted, for internal callers only. */
  readonly facts: FactConnection;
  /** 指标 · One indicator by code, or null if there is none. */
  readonly indicator?: Maybe<Indicator>;
  /** 指标 · The 17 main indicators of 专栏1, filtered, ordered and paged. */
  readonly indicators: IndicatorConnection;
  /**
   * 全局查找 · Any object by its global id (Node.nodeId, e.g. "Chapter:6",
   * "Indicator:I04", "Fact:I04-target", "Region:411725"), answered through the same
   * per-request loaders as every other lookup. Null when the id names nothing (or a
   * fact the caller may not see); an id that is not of the form "<type>:<key>" with
   * a type that implements Node is BAD_USER_INPUT naming `id`.
   */
  readonly node?: Maybe<Node>;
  /** 规划 · The plan document: title, document number, dates and period. */
  readonly plan: Plan;
  /**
   * 规划实施进展 · Progress toward the 17 targets of 专栏1: one row per indicator for
   * the city-wide plan (region = the city, 411700), plus one row per region and
   * indicator where that region has observations (or, with `filter.regions`, one row
   * per listed region and indicator). Rows are in table order, the city first, then
   * regions in code-list order. Targets are city-wide; see IndicatorProgress.basis
   * for how a county's row is measured.
   */
  readonly progress: ReadonlyArray<IndicatorProgress>;
  /** 项目 · One project by code, or null if there is none. */
  readonly project?: Maybe<Project>;
  /** 项目 · Box items (projects), filtered and paged. */
  readonly projects: ProjectConnection;
  /** 地区 · One region by code, or null if there is none. */
  readonly region?: Maybe<Region>;
  /** 地区 · The city, its ten county-level divisions and three functional zones. */
  readonly regions: ReadonlyArray<Region>;
  /**
   * 全文检索 · Full-text search over the plan, in one of two modes.
   *
   * WORDS (the default) understands Chinese words. The text is segmented into
   * words with ICU's Chinese dictionary, and a place is a hit when it contains
   * every word, in any order: 返乡创业 finds 返乡入乡创业园 (专栏8 items 02–04) as
   * well as 返乡创业 itself. For a text of three or more words, places that lack
   * one word follow all the places that have every word (near hits, with
   * `missingWords` saying which). A word matches inside longer words where it starts or
   * ends with one of them (创业 in 创业园), not across two (工资 is not found in
   * 员工资料). A single character between words belongs to the word before it
   * (博士后, 失业率) or is grammar (的, 等) and is not required. Parts of the text
   * that are not Chinese words, such as codes and numbers (`1+X`, `50万`, `3-3`,
   * `I04`, `60%`) or Latin words, match as substrings; ASCII letters in any case.
   * Whitespace separates parts: `农民工 技能培训` needs both.
   *
   * Places searched (they do not overlap): chapters (title and intro, 导语),
   * sections (title and prose, without their boxes), boxes (title and code,
   * 专栏3-3), projects (title, text and code, 3-3-01), indicators (the printed row
   * of the indicator table 专栏1, Chinese and English names, code I04) and the
   * plan's facts (subject, value, indicator code and verbatim quote; a fact is a
   * hit only when a word is in its subject, value or indicator code, not in its
   * quote alone, because several facts share one quoted sentence; the indicator
   * table's own facts are found as their INDICATOR).
   *
   * 排序 · Ranking, best first: (1) places with every word before near hits;
   * (2) places that contain the text as written (the phrase, whitespace removed)
   * before places where the words are apart; (3) BM25 over the words (k1 = 1.2,
   * b = 0.75, document length in words, title words weighted 2); (4) document
   * order. `score` encodes (1) to (3), so hits come in descending score. The index
   * is built from the served data version on its first search and kept with it.
   *
   * SUBSTRING is the literal search as it was before WORDS: one substring, over
   * chapters, sections, boxes and projects only, ranked by title hits, then
   * occurrences, then specificity, then document order.
   */
  readonly search: ReadonlyArray<SearchHit>;
  /** 节 · One section by id, or null if there is none. */
  readonly section?: Maybe<Section>;
};


/**
 * 查询入口 · The root of every read. The data is the Zhumadian "14th Five-Year" plan
 * for talent development, human-resources development and employment promotion
 * (驻政〔2022〕36号), with every number traceable to the sentence it came from.
 */
export type QueryAggregateArgs = {
  input: AggregateInput;
};


/**
 * 查询入口 · The root of every read. The data is the Zhumadian "14th Five-Year" plan
 * for talent development, human-resources development and employment promotion
 * (驻政〔2022〕36号), with every number traceable to the sentence it came from.
 */
export type QueryBoxArgs = {
  id: Scalars['ID']['input'];
};


/**
 * 查询入口 · The root of every read. The data is the Zhumadian "14th Five-Year" plan
 * for talent development, human-resources development and employment promotion
 * (驻政〔2022〕36号), with every number traceable to the sentence it came from.
 */
export type QueryChapterArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  number?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * 查询入口 · The root of every read. The data is the Zhumadian "14th Five-Year" plan
 * for talent development, human-resources development and employment promotion
 * (驻政〔2022〕36号), with every number traceable to the sentence it came from.
 */
export type QueryFactArgs = {
  id: Scalars['ID']['input'];
};


/**
 * 查询入口 · The root of every read. The data is the Zhumadian "14th Five-Year" plan
 * for talent development, human-resources development and employment promotion
 * (驻政〔2022〕36号), with every number traceable to the sentence it came from.
 */
export type QueryFactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FactFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ReadonlyArray<FactOrder>>;
};


/**
 * 查询入口 · The root of every read. The data is the Zhumadian "14th Five-Year" plan
 * for talent development, human-resources development and employment promotion
 * (驻政〔2022〕36号), with every number traceable to the sentence it came from.
 */
export type QueryIndicatorArgs = {
  code?: InputMaybe<Scalars['ID']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * 查询入口 · The root of every read. The data is the Zhumadian "14th Five-Year" plan
 * for talent development, human-resources development and employment promotion
 * (驻政〔2022〕36号), with every number traceable to the sentence it came from.
 */
export type QueryIndicatorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IndicatorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ReadonlyArray<IndicatorOrder>>;
};


/**
 * 查询入口 · The root of every read. The data is the Zhumadian "14th Five-Year" plan
 * for talent development, human-resources development and employment promotion
 * (驻政〔2022〕36号), with every number traceable to the sentence it came from.
 */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/**
 * 查询入口 · The root of every read. The data is the Zhumadian "14th Five-Year" plan
 * for talent development, human-resources development and employment promotion
 * (驻政〔2022〕36号), with every number traceable to the sentence it came from.
 */
export type QueryProgressArgs = {
  filter?: InputMaybe<ProgressFilter>;
};


/**
 * 查询入口 · The root of every read. The data is the Zhumadian "14th Five-Year" plan
 * for talent development, human-resources development and employment promotion
 * (驻政〔2022〕36号), with every number traceable to the sentence it came from.
 */
export type QueryProjectArgs = {
  code?: InputMaybe<Scalars['ID']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * 查询入口 · The root of every read. The data is the Zhumadian "14th Five-Year" plan
 * for talent development, human-resources development and employment promotion
 * (驻政〔2022〕36号), with every number traceable to the sentence it came from.
 */
export type QueryProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * 查询入口 · The root of every read. The data is the Zhumadian "14th Five-Year" plan
 * for talent development, human-resources development and employment promotion
 * (驻政〔2022〕36号), with every number traceable to the sentence it came from.
 */
export type QueryRegionArgs = {
  code?: InputMaybe<Scalars['ID']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * 查询入口 · The root of every read. The data is the Zhumadian "14th Five-Year" plan
 * for talent development, human-resources development and employment promotion
 * (驻政〔2022〕36号), with every number traceable to the sentence it came from.
 */
export type QueryRegionsArgs = {
  filter?: InputMaybe<RegionFilter>;
};


/**
 * 查询入口 · The root of every read. The data is the Zhumadian "14th Five-Year" plan
 * for talent development, human-resources development and employment promotion
 * (驻政〔2022〕36号), with every number traceable to the sentence it came from.
 */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  mode?: InputMaybe<SearchMode>;
  text: Scalars['String']['input'];
};


/**
 * 查询入口 · The root of every read. The data is the Zhumadian "14th Five-Year" plan
 * for talent development, human-resources development and employment promotion
 * (驻政〔2022〕36号), with every number traceable to the sentence it came from.
 */
export type QuerySectionArgs = {
  id: Scalars['ID']['input'];
};

/** 更新状态 · State of the data version refresh. */
export type RefreshState =
  /** 最新 · Serving the newest version found at the last check. */
  | 'CURRENT'
  /** 失败 · The last check or load failed; the version shown is still served, unchanged. */
  | 'FAILED'
  /** 加载中 · A newer version is being loaded; the current one is served meanwhile. */
  | 'LOADING';

/** 地区 · The city, a district, a county or a functional zone. */
export type Region = Node & {
  readonly __typename?: 'Region';
  /** 下级地区 · Child regions. */
  readonly children: ReadonlyArray<Region>;
  /** 地区编码 · GB/T 2260 code where one exists, else a statistical or project code. */
  readonly code: Scalars['ID']['output'];
  /** 编码体系 · Where the code comes from: GB/T 2260, STATISTICAL or PROJECT. */
  readonly codeScheme: Scalars['String']['output'];
  /** 事实 · Facts about this region, including group statements that apply to it, in document order. */
  readonly facts: FactConnection;
  /** 编号 · The region code, e.g. "411725": what region(id:) takes. */
  readonly id: Scalars['ID']['output'];
  /** 层级 · City, district, county or zone. */
  readonly level: RegionLevel;
  /** 文中提及 · Every place the text names this region, with the sentence quoted. */
  readonly mentions: ReadonlyArray<RegionMention>;
  /** 名称 · Chinese name. */
  readonly name: Scalars['String']['output'];
  /** 英文名称 · English name. */
  readonly nameEn: Scalars['String']['output'];
  /** 全局编号 · Global id for Relay and node(id:): "Region:" + id, e.g. "Region:411725" (see Node). */
  readonly nodeId: Scalars['ID']['output'];
  /** 说明 · Notes on the region or its code. */
  readonly note?: Maybe<Scalars['String']['output']>;
  /** 上级地区 · The parent region, or null for the city. */
  readonly parent?: Maybe<Region>;
  /** 项目 · Projects whose text names this region. */
  readonly projects: ReadonlyArray<Project>;
};


/** 地区 · The city, a district, a county or a functional zone. */
export type RegionFactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** 地区筛选 · Conditions on regions; all given conditions must hold. */
export type RegionFilter = {
  /** 层级 · Only this level. */
  readonly level?: InputMaybe<RegionLevel>;
  /** 名称 · Only regions whose Chinese or English name contains this text (plain substring, ASCII letters in any case, 1–100 characters), e.g. "确山" or "queshan". */
  readonly name?: InputMaybe<Scalars['String']['input']>;
  /** 上级地区编码 · Only children of this region. An unknown code is BAD_USER_INPUT. */
  readonly parent?: InputMaybe<Scalars['ID']['input']>;
};

/** 行政层级 · Administrative level of a region. */
export type RegionLevel =
  /** 市 · The prefecture-level city. */
  | 'CITY'
  /** 县 · A county. */
  | 'COUNTY'
  /** 市辖区 · An urban district. */
  | 'DISTRICT'
  /** 乡镇 · A township-sized unit inside a county; only synthetic SAMPLE regions of benchmark data sets have this level. */
  | 'TOWNSHIP'
  /** 功能区 · A functional zone (development zone, demonstration zone). */
  | 'ZONE';

/** 地区提及 · A place where the plan names a region (e.g. 确山小提琴 names 确山县). */
export type RegionMention = Node & {
  readonly __typename?: 'RegionMention';
  /** 专栏 · The box that names the region, or null where the mention is not in a box. */
  readonly box?: Maybe<Box>;
  /** 章 · The chapter that names the region, or null for the notice before the chapters. */
  readonly chapter?: Maybe<Chapter>;
  /** 编号 · The region code, then where the text names it: p + a project code, b + a box id, s + a section id, c + a chapter number, or notice (e.g. "411725:p12-03", "411725:s12.4"); ~2, ~3 … for a further mention in the same place. */
  readonly id: Scalars['ID']['output'];
  /** 全局编号 · Global id for Relay and node(id:): "RegionMention:" + id, e.g. "RegionMention:411725:s12.4" (see Node). */
  readonly nodeId: Scalars['ID']['output'];
  /** 说明 · What the mention refers to. */
  readonly note?: Maybe<Scalars['String']['output']>;
  /** 项目 · The box item that names the region, or null where the mention is not in one. */
  readonly project?: Maybe<Project>;
  /** 原文 · The sentence that names the region, verbatim. */
  readonly quote: Scalars['String']['output'];
  /** 节 · The section that names the region, or null where the mention is outside a section. */
  readonly section?: Maybe<Section>;
};

/** 命中字段 · Which field of the place the snippet comes from. */
export type SearchField =
  /** 编号 · The place's code: 专栏3-3, 3-3-01, I04, or the indicator a fact is about. WORDS mode only. */
  | 'CODE'
  /** 正文 · The text: a chapter's intro, a section's prose, a project's text, an indicator's printed row or a fact's quote. */
  | 'TEXT'
  /** 标题 · The title (chapter, section, box or project title), an indicator's Chinese or English name, or a fact's subject and value. */
  | 'TITLE';

/** 检索结果 · One place in the plan that matches the search text, with a snippet that shows the match. */
export type SearchHit = {
  readonly __typename?: 'SearchHit';
  /** 专栏 · The box: the box hit itself, a project's box, the indicator table for an indicator, or a fact's box if it is in one; null otherwise. */
  readonly box?: Maybe<Box>;
  /** 章 · The chapter of the place (every hit has one; an indicator's is chapter 1, where the indicator table is printed). */
  readonly chapter: Chapter;
  /** 数据 · The fact of a FACT hit, else null. */
  readonly fact?: Maybe<Fact>;
  /** 指标 · The indicator of an INDICATOR hit, else null. */
  readonly indicator?: Maybe<Indicator>;
  /** 命中位置类型 · Chapter, section, box, project, indicator or fact: the most specific place found. */
  readonly kind: SearchHitKind;
  /** 匹配长度 · Length of the first match within `snippet`, in characters (Unicode code points): `matches[0].length`. */
  readonly matchLength: Scalars['Int']['output'];
  /** 匹配起点 · Offset of the first match within `snippet`, in characters (Unicode code points), counting a leading "…": `matches[0].start`. */
  readonly matchStart: Scalars['Int']['output'];
  /** 命中字段 · The field the snippet comes from (SUBSTRING: the title when it contains the text, else the text). */
  readonly matchedField: SearchField;
  /** 匹配位置 · Every occurrence of a query word in `snippet`, in order and never overlapping; a phrase occurrence is one match. */
  readonly matches: ReadonlyArray<SearchMatch>;
  /** 缺少的词 · WORDS: the query words this place lacks, empty but for a near hit (a place lacking one word of a text of three or more words, ranked after every place that has them all). SUBSTRING: always empty. */
  readonly missingWords: ReadonlyArray<Scalars['String']['output']>;
  /** 出现次数 · How many times the query's words (SUBSTRING: the text) occur in the matched field, non-overlapping. */
  readonly occurrences: Scalars['Int']['output'];
  /** 整词匹配 · Whether the place contains the text as written (whitespace removed), not only its words apart. Always true in SUBSTRING mode. */
  readonly phrase: Scalars['Boolean']['output'];
  /** 项目 · The project of a project hit, or the project a fact is quoted from; else null. */
  readonly project?: Maybe<Project>;
  /** 得分 · Rank key, higher first. WORDS: the BM25 score (4 decimals), plus 1 000 for a hit with every word, plus 1 000 more for a phrase hit. SUBSTRING: 1 000 000 for a title hit, plus 10 × occurrences, plus 4 (PROJECT), 3 (BOX), 2 (SECTION) or 1 (CHAPTER). Equal scores are in document order. */
  readonly score: Scalars['Float']['output'];
  /** 节 · The section: the section hit itself, or the section a box (its projects, the indicator table's rows) or a fact is printed in; null for a chapter hit. */
  readonly section?: Maybe<Section>;
  /**
   * 摘录 · WORDS: the whole sentence that shows the match best (most distinct words,
   * then the phrase, then most occurrences), sentences ending at 。！？；and line
   * breaks, whitespace collapsed to single spaces; a sentence longer than 160
   * characters is cut at clause marks (，、：) around the match, with "…" where it
   * was cut. A hit found by its code shows the code, " · ", then the place's first
   * sentence. SUBSTRING: about 40 characters either side of the first occurrence.
   */
  readonly snippet: Scalars['String']['output'];
};

/** 命中位置类型 · Which kind of place in the plan a search hit is. */
export type SearchHitKind =
  /** 专栏 · A box's title or code. */
  | 'BOX'
  /** 章 · A chapter's title or intro (导语). */
  | 'CHAPTER'
  /** 数据 · A quantitative statement of the plan: its subject, value, indicator code or quote. WORDS mode only. */
  | 'FACT'
  /** 指标 · A row of the indicator table (专栏1): its printed row, names or code. WORDS mode only. */
  | 'INDICATOR'
  /** 项目 · A box item's title, text or code. */
  | 'PROJECT'
  /** 节 · A section's title or prose. */
  | 'SECTION';

/** 匹配位置 · Where a matched word is in a snippet. */
export type SearchMatch = {
  readonly __typename?: 'SearchMatch';
  /** 长度 · Length, in characters (Unicode code points). */
  readonly length: Scalars['Int']['output'];
  /** 起点 · Offset within `snippet`, in characters (Unicode code points), counting a leading "…". */
  readonly start: Scalars['Int']['output'];
};

/** 检索方式 · How `search` matches the text. */
export type SearchMode =
  /** 子串检索 · Literal substring search, as before WORDS existed: the text must occur as written, over chapters, sections, boxes and projects. */
  | 'SUBSTRING'
  /** 分词检索 · Word search: the text is segmented into Chinese words (codes, numbers and Latin words kept whole), every one must occur, in any order; phrase matches first, then BM25. */
  | 'WORDS';

/** 节 · A section of a chapter (第一节 …). */
export type Section = Node & {
  readonly __typename?: 'Section';
  /** 专栏 · Boxes printed at the end of this section. */
  readonly boxes: ReadonlyArray<Box>;
  /** 所属章 · The chapter this section belongs to. */
  readonly chapter: Chapter;
  /** 事实 · Quantitative statements located in this section (its boxes included). */
  readonly facts: ReadonlyArray<Fact>;
  /** 节编号 · Section id "chapter.section", e.g. "8.2". */
  readonly id: Scalars['ID']['output'];
  /** 全局编号 · Global id for Relay and node(id:): "Section:" + id, e.g. "Section:8.2" (see Node). */
  readonly nodeId: Scalars['ID']['output'];
  /** 节号 · Section number within its chapter. */
  readonly number: Scalars['Int']['output'];
  /** 正文 · The section's prose (boxes excluded); lost "+" signs restored. */
  readonly text: Scalars['String']['output'];
  /** 节标题 · Section title as printed. */
  readonly title: Scalars['String']['output'];
};

/** 年度点 · One year of a series. */
export type SeriesPoint = {
  readonly __typename?: 'SeriesPoint';
  /** 较上年变化 · value − the previous year's value; null when either is missing. */
  readonly change?: Maybe<Scalars['Float']['output']>;
  /** 较上年变化率 · change / |previous value|; null when change is null or the previous value is 0. */
  readonly changeRate?: Maybe<Scalars['Float']['output']>;
  /** 来源事实 · The fact the value comes from: a monitoring observation or, for the city's base year, the plan's BASELINE fact with its quote; null without data. */
  readonly fact?: Maybe<Fact>;
  /** 规划基期值 · True for the city's base-year point (2020) taken from the plan's indicator table, where monitoring has no value for that year. Not for flows (their 2020 value is a 2016–2020 total) or the ratio row. */
  readonly isPlanBaseline: Scalars['Boolean']['output'];
  /** 是否样例 · True when the value is synthetic SAMPLE data. */
  readonly isSample: Scalars['Boolean']['output'];
  /** 来源类型 · PLAN for the plan's base-year value, REPORTED or SAMPLE for monitoring data; null without data. */
  readonly provenance?: Maybe<Provenance>;
  /** 累计值 · Flows (CUMULATIVE indicators) only: the total from 2021 through this year over the years with data; null before 2021, for a year without data, and for other indicators. */
  readonly runningTotal?: Maybe<Scalars['Float']['output']>;
  /** 数值 · The year's value (a flow: that year's flow), or null without data. */
  readonly value?: Maybe<Scalars['Float']['output']>;
  /** 年份 · The year. */
  readonly year: Scalars['Int']['output'];
};

/** 排序方向 · Sort direction. */
export type SortDirection =
  /** 升序 · Ascending. */
  | 'ASC'
  /** 降序 · Descending. */
  | 'DESC';



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node:
    | ( BoxRow & { __typename: 'Box' } )
    | ( ChapterRow & { __typename: 'Chapter' } )
    | ( DatasetParent & { __typename: 'Dataset' } )
    | ( FactRow & { __typename: 'Fact' } )
    | ( IndicatorRow & { __typename: 'Indicator' } )
    | ( ProgressRow & { __typename: 'IndicatorProgress' } )
    | ( PlanRow & { __typename: 'Plan' } )
    | ( ProjectRow & { __typename: 'Project' } )
    | ( RegionRow & { __typename: 'Region' } )
    | ( RegionMentionRow & { __typename: 'RegionMention' } )
    | ( SectionRow & { __typename: 'Section' } )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AggregateDimension: AggregateDimension;
  AggregateInput: AggregateInput;
  AggregateMeasure: AggregateMeasure;
  AggregateOrder: AggregateOrder;
  AggregateResult: ResolverTypeWrapper<Omit<AggregateResult, 'rows'> & { rows: ReadonlyArray<ResolversTypes['AggregateRow']> }>;
  AggregateRow: ResolverTypeWrapper<AggregateRowData>;
  AggregateSortKey: AggregateSortKey;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Box: ResolverTypeWrapper<BoxRow>;
  BoxKind: BoxKind;
  BreakdownEntry: ResolverTypeWrapper<Omit<BreakdownEntry, 'fact' | 'region'> & { fact?: Maybe<ResolversTypes['Fact']>, region: ResolversTypes['Region'] }>;
  CacheControlScope: CacheControlScope;
  Chapter: ResolverTypeWrapper<ChapterRow>;
  Comparator: Comparator;
  Dataset: ResolverTypeWrapper<DatasetParent>;
  DatasetFile: ResolverTypeWrapper<DatasetFileParent>;
  DatasetRefresh: ResolverTypeWrapper<RefreshStatus>;
  Direction: Direction;
  Fact: ResolverTypeWrapper<FactRow>;
  FactConnection: ResolverTypeWrapper<FactConnectionParent>;
  FactEdge: ResolverTypeWrapper<Omit<FactEdge, 'node'> & { node: ResolversTypes['Fact'] }>;
  FactFilter: FactFilter;
  FactKind: FactKind;
  FactOrder: FactOrder;
  FactOrderField: FactOrderField;
  FactOrigin: ResolverTypeWrapper<FactOrigin>;
  FactSource: ResolverTypeWrapper<FactSourceParent>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Indicator: ResolverTypeWrapper<IndicatorRow>;
  IndicatorAttribute: IndicatorAttribute;
  IndicatorBreakdown: ResolverTypeWrapper<BreakdownRow>;
  IndicatorCategory: IndicatorCategory;
  IndicatorConnection: ResolverTypeWrapper<IndicatorConnectionParent>;
  IndicatorEdge: ResolverTypeWrapper<Omit<IndicatorEdge, 'node'> & { node: ResolversTypes['Indicator'] }>;
  IndicatorFilter: IndicatorFilter;
  IndicatorOrder: IndicatorOrder;
  IndicatorOrderField: IndicatorOrderField;
  IndicatorProgress: ResolverTypeWrapper<ProgressRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  MeasureKind: MeasureKind;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PeriodType: PeriodType;
  Plan: ResolverTypeWrapper<PlanRow>;
  ProgressBasis: ProgressBasis;
  ProgressFilter: ProgressFilter;
  ProgressStatus: ProgressStatus;
  ProgressTreatment: ProgressTreatment;
  Project: ResolverTypeWrapper<ProjectRow>;
  ProjectConnection: ResolverTypeWrapper<ProjectConnectionParent>;
  ProjectEdge: ResolverTypeWrapper<Omit<ProjectEdge, 'node'> & { node: ResolversTypes['Project'] }>;
  ProjectFilter: ProjectFilter;
  Provenance: Provenance;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RefreshState: RefreshState;
  Region: ResolverTypeWrapper<RegionRow>;
  RegionFilter: RegionFilter;
  RegionLevel: RegionLevel;
  RegionMention: ResolverTypeWrapper<RegionMentionRow>;
  SearchField: SearchField;
  SearchHit: ResolverTypeWrapper<SearchHitParent>;
  SearchHitKind: SearchHitKind;
  SearchMatch: ResolverTypeWrapper<SearchMatch>;
  SearchMode: SearchMode;
  Section: ResolverTypeWrapper<SectionRow>;
  SeriesPoint: ResolverTypeWrapper<SeriesPointParent>;
  SortDirection: SortDirection;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AggregateInput: AggregateInput;
  AggregateOrder: AggregateOrder;
  AggregateResult: Omit<AggregateResult, 'rows'> & { rows: ReadonlyArray<ResolversParentTypes['AggregateRow']> };
  AggregateRow: AggregateRowData;
  Boolean: Scalars['Boolean']['output'];
  Box: BoxRow;
  BreakdownEntry: Omit<BreakdownEntry, 'fact' | 'region'> & { fact?: Maybe<ResolversParentTypes['Fact']>, region: ResolversParentTypes['Region'] };
  Chapter: ChapterRow;
  Dataset: DatasetParent;
  DatasetFile: DatasetFileParent;
  DatasetRefresh: RefreshStatus;
  Fact: FactRow;
  FactConnection: FactConnectionParent;
  FactEdge: Omit<FactEdge, 'node'> & { node: ResolversParentTypes['Fact'] };
  FactFilter: FactFilter;
  FactOrder: FactOrder;
  FactOrigin: FactOrigin;
  FactSource: FactSourceParent;
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  Indicator: IndicatorRow;
  IndicatorBreakdown: BreakdownRow;
  IndicatorConnection: IndicatorConnectionParent;
  IndicatorEdge: Omit<IndicatorEdge, 'node'> & { node: ResolversParentTypes['Indicator'] };
  IndicatorFilter: IndicatorFilter;
  IndicatorOrder: IndicatorOrder;
  IndicatorProgress: ProgressRow;
  Int: Scalars['Int']['output'];
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  PageInfo: PageInfo;
  Plan: PlanRow;
  ProgressFilter: ProgressFilter;
  Project: ProjectRow;
  ProjectConnection: ProjectConnectionParent;
  ProjectEdge: Omit<ProjectEdge, 'node'> & { node: ResolversParentTypes['Project'] };
  ProjectFilter: ProjectFilter;
  Query: Record<PropertyKey, never>;
  Region: RegionRow;
  RegionFilter: RegionFilter;
  RegionMention: RegionMentionRow;
  SearchHit: SearchHitParent;
  SearchMatch: SearchMatch;
  Section: SectionRow;
  SeriesPoint: SeriesPointParent;
  String: Scalars['String']['output'];
};

export type CacheControlDirectiveArgs = {
  inheritMaxAge?: Maybe<Scalars['Boolean']['input']>;
  maxAge?: Maybe<Scalars['Int']['input']>;
  scope?: Maybe<CacheControlScope>;
};

export type CacheControlDirectiveResolver<Result, Parent, ContextType = GraphQLContext, Args = CacheControlDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AggregateResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AggregateResult'] = ResolversParentTypes['AggregateResult']> = {
  rows?: Resolver<ReadonlyArray<ResolversTypes['AggregateRow']>, ParentType, ContextType>;
  totalRows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type AggregateRowResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AggregateRow'] = ResolversParentTypes['AggregateRow']> = {
  category?: Resolver<Maybe<ResolversTypes['IndicatorCategory']>, ParentType, ContextType>;
  chapter?: Resolver<Maybe<ResolversTypes['Chapter']>, ParentType, ContextType>;
  chapterNumber?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  indicator?: Resolver<Maybe<ResolversTypes['Indicator']>, ParentType, ContextType>;
  indicatorCode?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  isSample?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['FactKind']>, ParentType, ContextType>;
  measureKind?: Resolver<Maybe<ResolversTypes['MeasureKind']>, ParentType, ContextType>;
  periodEnd?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  periodStart?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  provenance?: Resolver<Maybe<ResolversTypes['Provenance']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  regionCode?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type BoxResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Box'] = ResolversParentTypes['Box']> = {
  chapter?: Resolver<ResolversTypes['Chapter'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['BoxKind'], ParentType, ContextType>;
  nodeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  projects?: Resolver<ReadonlyArray<ResolversTypes['Project']>, ParentType, ContextType>;
  section?: Resolver<Maybe<ResolversTypes['Section']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BreakdownEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BreakdownEntry'] = ResolversParentTypes['BreakdownEntry']> = {
  fact?: Resolver<Maybe<ResolversTypes['Fact']>, ParentType, ContextType>;
  rank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  share?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type ChapterResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Chapter'] = ResolversParentTypes['Chapter']> = {
  boxes?: Resolver<ReadonlyArray<ResolversTypes['Box']>, ParentType, ContextType>;
  facts?: Resolver<ReadonlyArray<ResolversTypes['Fact']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<ReadonlyArray<ResolversTypes['Indicator']>, ParentType, ContextType>;
  intro?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  projects?: Resolver<ReadonlyArray<ResolversTypes['Project']>, ParentType, ContextType>;
  sections?: Resolver<ReadonlyArray<ResolversTypes['Section']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  titleEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DatasetResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Dataset'] = ResolversParentTypes['Dataset']> = {
  engine?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  files?: Resolver<ReadonlyArray<ResolversTypes['DatasetFile']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  includesSample?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  loadedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  manifestVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  refresh?: Resolver<ResolversTypes['DatasetRefresh'], ParentType, ContextType>;
  schemaVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DatasetFileResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DatasetFile'] = ResolversParentTypes['DatasetFile']> = {
  bytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DatasetRefreshResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DatasetRefresh'] = ResolversParentTypes['DatasetRefresh']> = {
  checkedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  failedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  failedVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['RefreshState'], ParentType, ContextType>;
};

export type FactResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Fact'] = ResolversParentTypes['Fact']> = {
  agreesWith?: Resolver<ReadonlyArray<ResolversTypes['Fact']>, ParentType, ContextType>;
  appliesTo?: Resolver<ReadonlyArray<ResolversTypes['Region']>, ParentType, ContextType>;
  comparator?: Resolver<Maybe<ResolversTypes['Comparator']>, ParentType, ContextType>;
  comparatorText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  conflictsWith?: Resolver<ReadonlyArray<ResolversTypes['Fact']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicator?: Resolver<Maybe<ResolversTypes['Indicator']>, ParentType, ContextType>;
  inferredColumn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isSample?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FactKind'], ParentType, ContextType>;
  measureKind?: Resolver<ResolversTypes['MeasureKind'], ParentType, ContextType>;
  nodeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  origin?: Resolver<Maybe<ResolversTypes['FactOrigin']>, ParentType, ContextType>;
  periodEnd?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  periodType?: Resolver<ResolversTypes['PeriodType'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  regionText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['FactSource']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  valueParts?: Resolver<Maybe<ReadonlyArray<ResolversTypes['Float']>>, ParentType, ContextType>;
  valueText?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FactConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FactConnection'] = ResolversParentTypes['FactConnection']> = {
  edges?: Resolver<ReadonlyArray<ResolversTypes['FactEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FactEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FactEdge'] = ResolversParentTypes['FactEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type FactOriginResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FactOrigin'] = ResolversParentTypes['FactOrigin']> = {
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FactSourceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FactSource'] = ResolversParentTypes['FactSource']> = {
  box?: Resolver<Maybe<ResolversTypes['Box']>, ParentType, ContextType>;
  chapter?: Resolver<Maybe<ResolversTypes['Chapter']>, ParentType, ContextType>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  section?: Resolver<Maybe<ResolversTypes['Section']>, ParentType, ContextType>;
};

export type IndicatorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Indicator'] = ResolversParentTypes['Indicator']> = {
  attribute?: Resolver<ResolversTypes['IndicatorAttribute'], ParentType, ContextType>;
  attributeLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  baseline?: Resolver<Maybe<ResolversTypes['Fact']>, ParentType, ContextType>;
  breakdown?: Resolver<ResolversTypes['IndicatorBreakdown'], ParentType, ContextType, RequireFields<IndicatorBreakdownArgs, 'year'>>;
  category?: Resolver<ResolversTypes['IndicatorCategory'], ParentType, ContextType>;
  categoryLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['Direction'], ParentType, ContextType>;
  facts?: Resolver<ResolversTypes['FactConnection'], ParentType, ContextType, Partial<IndicatorFactsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  measureKind?: Resolver<ResolversTypes['MeasureKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  periodType?: Resolver<ResolversTypes['PeriodType'], ParentType, ContextType>;
  printedRow?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  progress?: Resolver<Maybe<ResolversTypes['IndicatorProgress']>, ParentType, ContextType, Partial<IndicatorProgressArgs>>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  series?: Resolver<ReadonlyArray<ResolversTypes['SeriesPoint']>, ParentType, ContextType, Partial<IndicatorSeriesArgs>>;
  target?: Resolver<Maybe<ResolversTypes['Fact']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IndicatorBreakdownResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IndicatorBreakdown'] = ResolversParentTypes['IndicatorBreakdown']> = {
  additive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  cityFact?: Resolver<Maybe<ResolversTypes['Fact']>, ParentType, ContextType>;
  cityValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  consistent?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  countySum?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  difference?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  entries?: Resolver<ReadonlyArray<ResolversTypes['BreakdownEntry']>, ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  isSample?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  missingRegions?: Resolver<ReadonlyArray<ResolversTypes['Region']>, ParentType, ContextType>;
  tolerance?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IndicatorConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IndicatorConnection'] = ResolversParentTypes['IndicatorConnection']> = {
  edges?: Resolver<ReadonlyArray<ResolversTypes['IndicatorEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IndicatorEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IndicatorEdge'] = ResolversParentTypes['IndicatorEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
};

export type IndicatorProgressResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IndicatorProgress'] = ResolversParentTypes['IndicatorProgress']> = {
  baseline?: Resolver<Maybe<ResolversTypes['Fact']>, ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['ProgressBasis'], ParentType, ContextType>;
  completionRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  elapsedShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  isSample?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  latest?: Resolver<Maybe<ResolversTypes['Fact']>, ParentType, ContextType>;
  latestValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  latestYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  missingYears?: Resolver<ReadonlyArray<ResolversTypes['Int']>, ParentType, ContextType>;
  nodeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  observations?: Resolver<ReadonlyArray<ResolversTypes['Fact']>, ParentType, ContextType>;
  provenance?: Resolver<Maybe<ResolversTypes['Provenance']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  requiredAnnualAmount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  requiredAnnualGrowth?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  share?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  startValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  startYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProgressStatus'], ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['Fact']>, ParentType, ContextType>;
  targetValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  treatment?: Resolver<ResolversTypes['ProgressTreatment'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Box' | 'Chapter' | 'Dataset' | 'Fact' | 'Indicator' | 'IndicatorProgress' | 'Plan' | 'Project' | 'Region' | 'RegionMention' | 'Section', ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PlanResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Plan'] = ResolversParentTypes['Plan']> = {
  chapters?: Resolver<ReadonlyArray<ResolversTypes['Chapter']>, ParentType, ContextType>;
  documentNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indexNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  noticeTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  periodEnd?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  preamble?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  signedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  visionYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProjectResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project']> = {
  box?: Resolver<ResolversTypes['Box'], ParentType, ContextType>;
  chapter?: Resolver<ResolversTypes['Chapter'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  facts?: Resolver<ReadonlyArray<ResolversTypes['Fact']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  normalisations?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  printedHeading?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regions?: Resolver<ReadonlyArray<ResolversTypes['Region']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  titleFromText?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProjectConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProjectConnection'] = ResolversParentTypes['ProjectConnection']> = {
  edges?: Resolver<ReadonlyArray<ResolversTypes['ProjectEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProjectEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProjectEdge'] = ResolversParentTypes['ProjectEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  aggregate?: Resolver<ResolversTypes['AggregateResult'], ParentType, ContextType, RequireFields<QueryAggregateArgs, 'input'>>;
  box?: Resolver<Maybe<ResolversTypes['Box']>, ParentType, ContextType, RequireFields<QueryBoxArgs, 'id'>>;
  boxes?: Resolver<ReadonlyArray<ResolversTypes['Box']>, ParentType, ContextType>;
  chapter?: Resolver<Maybe<ResolversTypes['Chapter']>, ParentType, ContextType, Partial<QueryChapterArgs>>;
  chapters?: Resolver<ReadonlyArray<ResolversTypes['Chapter']>, ParentType, ContextType>;
  dataset?: Resolver<ResolversTypes['Dataset'], ParentType, ContextType>;
  fact?: Resolver<Maybe<ResolversTypes['Fact']>, ParentType, ContextType, RequireFields<QueryFactArgs, 'id'>>;
  facts?: Resolver<ResolversTypes['FactConnection'], ParentType, ContextType, Partial<QueryFactsArgs>>;
  indicator?: Resolver<Maybe<ResolversTypes['Indicator']>, ParentType, ContextType, Partial<QueryIndicatorArgs>>;
  indicators?: Resolver<ResolversTypes['IndicatorConnection'], ParentType, ContextType, Partial<QueryIndicatorsArgs>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  plan?: Resolver<ResolversTypes['Plan'], ParentType, ContextType>;
  progress?: Resolver<ReadonlyArray<ResolversTypes['IndicatorProgress']>, ParentType, ContextType, Partial<QueryProgressArgs>>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType, Partial<QueryProjectArgs>>;
  projects?: Resolver<ResolversTypes['ProjectConnection'], ParentType, ContextType, Partial<QueryProjectsArgs>>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType, Partial<QueryRegionArgs>>;
  regions?: Resolver<ReadonlyArray<ResolversTypes['Region']>, ParentType, ContextType, Partial<QueryRegionsArgs>>;
  search?: Resolver<ReadonlyArray<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'mode' | 'text'>>;
  section?: Resolver<Maybe<ResolversTypes['Section']>, ParentType, ContextType, RequireFields<QuerySectionArgs, 'id'>>;
};

export type RegionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = {
  children?: Resolver<ReadonlyArray<ResolversTypes['Region']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  codeScheme?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  facts?: Resolver<ResolversTypes['FactConnection'], ParentType, ContextType, Partial<RegionFactsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['RegionLevel'], ParentType, ContextType>;
  mentions?: Resolver<ReadonlyArray<ResolversTypes['RegionMention']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  projects?: Resolver<ReadonlyArray<ResolversTypes['Project']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RegionMentionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RegionMention'] = ResolversParentTypes['RegionMention']> = {
  box?: Resolver<Maybe<ResolversTypes['Box']>, ParentType, ContextType>;
  chapter?: Resolver<Maybe<ResolversTypes['Chapter']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nodeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  section?: Resolver<Maybe<ResolversTypes['Section']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  box?: Resolver<Maybe<ResolversTypes['Box']>, ParentType, ContextType>;
  chapter?: Resolver<ResolversTypes['Chapter'], ParentType, ContextType>;
  fact?: Resolver<Maybe<ResolversTypes['Fact']>, ParentType, ContextType>;
  indicator?: Resolver<Maybe<ResolversTypes['Indicator']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SearchHitKind'], ParentType, ContextType>;
  matchLength?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  matchStart?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  matchedField?: Resolver<ResolversTypes['SearchField'], ParentType, ContextType>;
  matches?: Resolver<ReadonlyArray<ResolversTypes['SearchMatch']>, ParentType, ContextType>;
  missingWords?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  occurrences?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  phrase?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  section?: Resolver<Maybe<ResolversTypes['Section']>, ParentType, ContextType>;
  snippet?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SearchMatchResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchMatch'] = ResolversParentTypes['SearchMatch']> = {
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Section'] = ResolversParentTypes['Section']> = {
  boxes?: Resolver<ReadonlyArray<ResolversTypes['Box']>, ParentType, ContextType>;
  chapter?: Resolver<ResolversTypes['Chapter'], ParentType, ContextType>;
  facts?: Resolver<ReadonlyArray<ResolversTypes['Fact']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nodeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SeriesPointResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SeriesPoint'] = ResolversParentTypes['SeriesPoint']> = {
  change?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  changeRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  fact?: Resolver<Maybe<ResolversTypes['Fact']>, ParentType, ContextType>;
  isPlanBaseline?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isSample?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  provenance?: Resolver<Maybe<ResolversTypes['Provenance']>, ParentType, ContextType>;
  runningTotal?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  AggregateResult?: AggregateResultResolvers<ContextType>;
  AggregateRow?: AggregateRowResolvers<ContextType>;
  Box?: BoxResolvers<ContextType>;
  BreakdownEntry?: BreakdownEntryResolvers<ContextType>;
  Chapter?: ChapterResolvers<ContextType>;
  Dataset?: DatasetResolvers<ContextType>;
  DatasetFile?: DatasetFileResolvers<ContextType>;
  DatasetRefresh?: DatasetRefreshResolvers<ContextType>;
  Fact?: FactResolvers<ContextType>;
  FactConnection?: FactConnectionResolvers<ContextType>;
  FactEdge?: FactEdgeResolvers<ContextType>;
  FactOrigin?: FactOriginResolvers<ContextType>;
  FactSource?: FactSourceResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  IndicatorBreakdown?: IndicatorBreakdownResolvers<ContextType>;
  IndicatorConnection?: IndicatorConnectionResolvers<ContextType>;
  IndicatorEdge?: IndicatorEdgeResolvers<ContextType>;
  IndicatorProgress?: IndicatorProgressResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Plan?: PlanResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  ProjectConnection?: ProjectConnectionResolvers<ContextType>;
  ProjectEdge?: ProjectEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  RegionMention?: RegionMentionResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchMatch?: SearchMatchResolvers<ContextType>;
  Section?: SectionResolvers<ContextType>;
  SeriesPoint?: SeriesPointResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = GraphQLContext> = {
  cacheControl?: CacheControlDirectiveResolver<any, any, ContextType>;
};
