/**
 * The Chinese react-admin messages were written for v4: they title a record by its id
 * ("客户 #425c58bd-…") and lack v5's newer keys, which would show in English.
 */
export const raZhFixes = {
  ra: {
    action: { reset: '重置', search_columns: '搜索列', select_all_button: '全选' },
    page: {
      show: '%{name}：%{recordRepresentation}',
      edit: '编辑%{name}：%{recordRepresentation}',
      access_denied: '无权访问',
      authentication_error: '身份验证出错',
    },
    message: {
      access_denied: '你的角色无权访问此页面',
      authentication_error: '身份验证服务返回错误，无法核对你的登录信息。',
      select_all_limit_reached: '条目过多，只选中了前 %{max} 条。',
      placeholder_data_warning: '网络问题：数据刷新失败。',
    },
    navigation: {
      clear_filters: '清除筛选',
      no_filtered_results: '当前筛选条件下没有%{name}。',
    },
    auth: { email: '邮箱' },
    notification: { offline: '网络已断开，无法获取数据。' },
    validation: { unique: '不能重复' },
    guesser: { empty: { title: '没有可显示的数据', message: '请检查数据源' } },
  },
};
