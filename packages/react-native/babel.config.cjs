// Jest only: React Native's own Babel preset, as a React Native app compiles this package.
module.exports = { presets: ['module:@react-native/babel-preset'] }
