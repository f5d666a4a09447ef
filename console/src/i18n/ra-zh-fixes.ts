/**
 * The Chinese react-admin messages were written for v4: they title a record by its id
 * ("客户 #425c58bd-…") and lack v5's newer keys, which would show in English.
 */
export const raZhFixes = {
  ra: {
    action: {
      reset: '重置',
      search_columns: '搜索列',
      select_all_button: '全选',
      create_item: '新建“%{item}”',
    },
    page: {
      show: '%{name}：%{recordRepresentation}',
      edit: '编辑%{name}：%{recordRepresentation}',
      // Chinese puts no space between words; "客户 列表" and "无 客户" read as typos.
      create: '新建%{name}',
      list: '%{name}',
      empty: '暂无%{name}',
      access_denied: '无权访问',
      not_found: '未找到',
      authentication_error: '身份验证出错',
    },
    message: {
      access_denied: '你的角色无权访问此页面',
      authentication_error: '身份验证服务返回错误，无法核对你的登录信息。',
      select_all_limit_reached: '条目过多，只选中了前 %{max} 条。',
      placeholder_data_warning: '网络问题：数据刷新失败。',
      bulk_delete_content: '确定要删除此%{name}吗？|||| 确定要删除这 %{smart_count} 项吗？',
      bulk_delete_title: '删除%{name} |||| 删除 %{smart_count} 项%{name}',
      bulk_update_content: '确定要更新此%{name}吗？|||| 确定要更新这 %{smart_count} 项吗？',
      bulk_update_title: '更新%{name}：%{recordRepresentation} |||| 更新 %{smart_count} 项%{name}',
      delete_title: '删除%{name}：%{recordRepresentation}',
      not_found: '网址有误，或链接已失效。',
    },
    navigation: {
      clear_filters: '清除筛选',
      no_filtered_results: '当前筛选条件下没有%{name}。',
      partial_page_range_info: '%{offsetBegin}-%{offsetEnd}，共 %{offsetEnd} 条以上',
    },
    auth: { email: '邮箱' },
    notification: {
      offline: '网络已断开，无法获取数据。',
      data_provider_error: '数据服务出错，详情见浏览器控制台。',
    },
    validation: { unique: '不能重复', regex: '必须符合格式：%{pattern}' },
    configurable: { inspector: { title: '检查器' } },
    guesser: { empty: { title: '没有可显示的数据', message: '请检查数据源' } },
  },
};

/**
 * The package writes Chinese with ASCII punctuation ("表单输入无效. 请检查错误提示", "验证失败,
 * 请重试"): after a Chinese character or a placeholder, a comma, full stop, colon, question or
 * exclamation mark becomes its full-width form, and the space after it goes.
 */
export function fullWidthPunctuation<T>(messages: T): T {
  const marks: Record<string, string> = { ',': '，', '.': '。', ':': '：', '?': '？', '!': '！' };
  const fix = (text: string) =>
    text
      // "..." is an ellipsis ("保存当前查询..."), not three full stops.
      .replace(/\.\.\.$/, '…')
      .replace(
        /([\u3400-\u9fff\uff00-\uffef}）)])([,.:?!])(?: |(?=$)|(?=[\u3400-\u9fff%]))/g,
        (_, before: string, mark: string) => `${before}${marks[mark]}`,
      );
  const walk = (node: unknown): unknown =>
    typeof node === 'string'
      ? fix(node)
      : node && typeof node === 'object'
        ? Object.fromEntries(Object.entries(node).map(([key, value]) => [key, walk(value)]))
        : node;
  return walk(messages) as T;
}
