// `icp schema`: the playbook JSON Schema (the same text as public/playbook.schema.json).
import { playbookJsonSchemaText } from '../../lib/playbook/json-schema';
import type { Command } from '../command';

const schema: Command = async (args, io) => {
  if (args.length) {
    io.err('usage: npm run --silent icp -- schema   (takes no arguments)');
    return 1;
  }
  io.out(playbookJsonSchemaText().trimEnd());
  return 0;
};
export default schema;
