export { useLogin } from "./api/login";
export { useLogout } from "./api/logout";
