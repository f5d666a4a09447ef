import RequestQuoteIcon from '@mui/icons-material/RequestQuote';
import { ContractList } from './ContractList';
import { ContractShow } from './ContractShow';

export const contracts = {
  list: ContractList,
  show: ContractShow,
  icon: RequestQuoteIcon,
  recordRepresentation: 'title',
};
