import { EmbeddedSearchEngine } from '../../server/platform/search/embedded/engine';
import { runSearchContract } from './contract';

runSearchContract('embedded', () => new EmbeddedSearchEngine());
