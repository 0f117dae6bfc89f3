import ping from './ping';

export default {
  ping,
};
