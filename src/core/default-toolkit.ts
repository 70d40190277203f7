/**
 * The toolkit a person starts with, drawn from PRODUCT.md: everyday adaptive coping,
 * the avoidant patterns the seed articles name (listed without judgement, so a person
 * can notice them), and processing work. Fully editable after first start.
 */
import type { StrategyFunction, StrategyRole } from './vocabulary.js';

export interface ToolkitSeed {
  name: string;
  role: StrategyRole;
  function: StrategyFunction;
}

export const DEFAULT_TOOLKIT: readonly ToolkitSeed[] = [
  { name: 'Slow breathing', role: 'coping', function: 'soothe' },
  { name: 'Grounding (5-4-3-2-1)', role: 'coping', function: 'ground' },
  { name: 'A walk', role: 'coping', function: 'move' },
  { name: 'Journaling', role: 'coping', function: 'express' },
  { name: 'Reaching out to someone', role: 'coping', function: 'connect' },
  { name: 'Music', role: 'coping', function: 'soothe' },
  { name: 'A comforting show', role: 'coping', function: 'distract' },
  { name: 'Scrolling', role: 'avoidant', function: 'distract' },
  { name: 'Binge-watching', role: 'avoidant', function: 'distract' },
  { name: 'Keeping busy / overworking', role: 'avoidant', function: 'control' },
  { name: 'Alcohol or drugs', role: 'avoidant', function: 'numb' },
  { name: 'Overeating', role: 'avoidant', function: 'numb' },
  { name: 'People-pleasing', role: 'avoidant', function: 'avoid' },
  { name: 'Overthinking', role: 'avoidant', function: 'control' },
  { name: 'Sitting with the feeling', role: 'healing', function: 'process' },
  { name: 'Naming the pattern', role: 'healing', function: 'process' },
  { name: 'Questioning the thought', role: 'healing', function: 'process' },
  { name: 'Self-compassion', role: 'healing', function: 'soothe' },
];
