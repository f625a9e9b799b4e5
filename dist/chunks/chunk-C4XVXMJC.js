import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
function statusOf(error){let status=error?.status;return typeof status=="number"?status:void 0}function isPermissionDenied(error){return statusOf(error)===403}export{statusOf,isPermissionDenied};
