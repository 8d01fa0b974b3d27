import { listAccountTypeNames } from '../../domain/home-stub';

Component({
  data: {
    types: listAccountTypeNames(),
  },
  methods: {
    onLoad() {
      // Filled in by the guide issue: scene handling, language.
    },
  },
});
