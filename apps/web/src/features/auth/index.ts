export { useLogin } from "./api/login";
export { useLogout } from "./api/logout";
export { LoginPage } from "./login-page";
