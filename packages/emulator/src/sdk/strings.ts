/** Locales the widget speaks; anything else falls back to `'es'`, the documented default. */
export type WidgetLocale = 'es' | 'en' | 'pt'

export interface WidgetStrings {
  loading: string
  close: string
  dialogLabel: string
  welcomeTitle: (company: string | undefined) => string
  welcomeBody: string
  continue: string
  consentTitle: string
  consentPermissions: string
  consentFor: string
  consentTerms: string
  consentAccept: string
  consentPermission: Record<string, string>
  institutionsTitle: string
  noInstitutions: string
  unavailable: string
  institutionDisabled: string
  credentialsTitle: (institution: string) => string
  username: { username: string; rfc: string; cpf: string; document: string }
  password: string
  connect: string
  connecting: string
  back: string
  mfaTitle: string
  mfaHint: (institution: string) => string
  mfaLabel: string
  verify: string
  successTitle: string
  successBody: (institution: string) => string
  successNext: string
  done: string
  tokenErrorTitle: string
  tokenErrorBody: string
  confirmTitle: string
  confirmBody: string
  confirmExit: string
  confirmStay: string
  surveyTitle: string
  surveyReasons: [string, string, string]
  surveySubmit: string
  surveySkip: string
}

const es: WidgetStrings = {
  loading: 'Cargando…',
  close: 'Cerrar',
  dialogLabel: 'Belvo Connect',
  // "Vincula tu cuenta" is the documented default title without company_name.
  welcomeTitle: (c) => (c ? `${c} usa Belvo para vincular tu cuenta` : 'Vincula tu cuenta'),
  welcomeBody: 'Tus credenciales viajan cifradas y nunca se comparten.',
  continue: 'Continuar',
  consentTitle: 'Autoriza el acceso a tus datos',
  consentPermissions: 'Datos que se compartirán',
  consentFor: 'Titular',
  consentTerms: 'Términos y condiciones',
  consentAccept: 'Autorizar',
  consentPermission: {
    REGISTER: 'Datos de registro',
    ACCOUNTS: 'Cuentas',
    CREDIT_CARDS: 'Tarjetas de crédito',
    CREDIT_OPERATIONS: 'Operaciones de crédito',
  },
  institutionsTitle: 'Selecciona tu institución',
  noInstitutions: 'No hay instituciones disponibles con esta configuración.',
  unavailable: 'No disponible',
  institutionDisabled: 'La institución no está disponible temporalmente.',
  credentialsTitle: (i) => `Ingresa a ${i}`,
  username: { username: 'Usuario', rfc: 'RFC', cpf: 'CPF', document: 'Número de documento' },
  password: 'Contraseña',
  connect: 'Conectar',
  connecting: 'Conectando…',
  back: 'Volver',
  mfaTitle: 'Verificación',
  mfaHint: (i) => `Ingresa el código que te envió ${i}.`,
  mfaLabel: 'Código de verificación',
  verify: 'Verificar',
  successTitle: '¡Cuenta vinculada!',
  successBody: (i) => `Tu cuenta de ${i} quedó vinculada.`,
  successNext: 'Volviendo a la aplicación…',
  done: 'Listo',
  tokenErrorTitle: 'No pudimos iniciar',
  tokenErrorBody: 'El enlace para conectar tu cuenta no es válido o ya expiró.',
  confirmTitle: '¿Quieres salir?',
  confirmBody: 'Tu progreso no se guardará.',
  confirmExit: 'Salir',
  confirmStay: 'Quedarme',
  surveyTitle: '¿Por qué te vas?',
  surveyReasons: [
    'No quiero compartir mis datos',
    'No encuentro mi institución',
    'Solo estaba explorando',
  ],
  surveySubmit: 'Enviar y salir',
  surveySkip: 'Salir sin responder',
}

const en: WidgetStrings = {
  loading: 'Loading…',
  close: 'Close',
  dialogLabel: 'Belvo Connect',
  welcomeTitle: (c) => (c ? `${c} uses Belvo to connect your account` : 'Connect your account'),
  welcomeBody: 'Your credentials travel encrypted and are never shared.',
  continue: 'Continue',
  consentTitle: 'Consent to share your data',
  consentPermissions: 'Data to be shared',
  consentFor: 'Account holder',
  consentTerms: 'Terms and conditions',
  consentAccept: 'Give consent',
  consentPermission: {
    REGISTER: 'Registration data',
    ACCOUNTS: 'Accounts',
    CREDIT_CARDS: 'Credit cards',
    CREDIT_OPERATIONS: 'Credit operations',
  },
  institutionsTitle: 'Select your institution',
  noInstitutions: 'No institutions are available with this configuration.',
  unavailable: 'Unavailable',
  institutionDisabled: 'The institution is temporarily unavailable.',
  credentialsTitle: (i) => `Log in to ${i}`,
  username: { username: 'Username', rfc: 'RFC', cpf: 'CPF', document: 'Document number' },
  password: 'Password',
  connect: 'Connect',
  connecting: 'Connecting…',
  back: 'Back',
  mfaTitle: 'Verification',
  mfaHint: (i) => `Enter the code ${i} sent you.`,
  mfaLabel: 'Verification code',
  verify: 'Verify',
  successTitle: 'Account connected!',
  successBody: (i) => `Your ${i} account is connected.`,
  successNext: 'Returning to the app…',
  done: 'Done',
  tokenErrorTitle: 'We could not start',
  tokenErrorBody: 'The link to connect your account is not valid or has expired.',
  confirmTitle: 'Do you want to exit?',
  confirmBody: 'Your progress will not be saved.',
  confirmExit: 'Exit',
  confirmStay: 'Stay',
  surveyTitle: 'Why are you leaving?',
  surveyReasons: [
    "I don't want to share my data",
    "I can't find my institution",
    'I was just looking around',
  ],
  surveySubmit: 'Send and exit',
  surveySkip: 'Exit without answering',
}

const pt: WidgetStrings = {
  loading: 'Carregando…',
  close: 'Fechar',
  dialogLabel: 'Belvo Connect',
  welcomeTitle: (c) => (c ? `${c} usa a Belvo para conectar sua conta` : 'Conecte sua conta'),
  welcomeBody: 'Suas credenciais trafegam criptografadas e nunca são compartilhadas.',
  continue: 'Continuar',
  consentTitle: 'Autorize o compartilhamento dos seus dados',
  consentPermissions: 'Dados que serão compartilhados',
  consentFor: 'Titular',
  consentTerms: 'Termos e condições',
  consentAccept: 'Autorizar',
  consentPermission: {
    REGISTER: 'Dados cadastrais',
    ACCOUNTS: 'Contas',
    CREDIT_CARDS: 'Cartões de crédito',
    CREDIT_OPERATIONS: 'Operações de crédito',
  },
  institutionsTitle: 'Selecione sua instituição',
  noInstitutions: 'Nenhuma instituição disponível com esta configuração.',
  unavailable: 'Indisponível',
  institutionDisabled: 'A instituição está temporariamente indisponível.',
  credentialsTitle: (i) => `Entre em ${i}`,
  username: { username: 'Usuário', rfc: 'RFC', cpf: 'CPF', document: 'Número do documento' },
  password: 'Senha',
  connect: 'Conectar',
  connecting: 'Conectando…',
  back: 'Voltar',
  mfaTitle: 'Verificação',
  mfaHint: (i) => `Digite o código que ${i} enviou para você.`,
  mfaLabel: 'Código de verificação',
  verify: 'Verificar',
  successTitle: 'Conta conectada!',
  successBody: (i) => `Sua conta ${i} foi conectada.`,
  successNext: 'Voltando para o aplicativo…',
  done: 'Concluir',
  tokenErrorTitle: 'Não foi possível iniciar',
  tokenErrorBody: 'O link para conectar sua conta não é válido ou expirou.',
  confirmTitle: 'Deseja sair?',
  confirmBody: 'Seu progresso não será salvo.',
  confirmExit: 'Sair',
  confirmStay: 'Ficar',
  surveyTitle: 'Por que você está saindo?',
  surveyReasons: [
    'Não quero compartilhar meus dados',
    'Não encontro minha instituição',
    'Só estava conhecendo',
  ],
  surveySubmit: 'Enviar e sair',
  surveySkip: 'Sair sem responder',
}

export const STRINGS: Record<WidgetLocale, WidgetStrings> = { es, en, pt }
