// Stands in for react-devtools-core and ws, which Ink imports only when DEV=true: papers ships neither.
export default {initialize() {}, connectToDevTools() {}};
