// Placeholder until its issue lands.
Component({
  methods: {
    onLoad() {},
  },
});
