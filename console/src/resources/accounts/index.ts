import { AccountCreate } from './AccountCreate';
import { AccountEdit } from './AccountEdit';
import { AccountList } from './AccountList';
import { AccountShow } from './AccountShow';

export const accounts = {
  list: AccountList,
  show: AccountShow,
  create: AccountCreate,
  edit: AccountEdit,
};
