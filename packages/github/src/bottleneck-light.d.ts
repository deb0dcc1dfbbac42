// Bottleneck ships typings only for its main entry; the light build (no Redis
// clustering) is the one @octokit/plugin-throttling uses, and has the same API.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
