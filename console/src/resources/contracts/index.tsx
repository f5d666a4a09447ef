import { ContractCreate } from './ContractCreate';
import { ContractList } from './ContractList';
import { ContractShow } from './ContractShow';

export const contracts = {
  list: ContractList,
  show: ContractShow,
  create: ContractCreate,
};
