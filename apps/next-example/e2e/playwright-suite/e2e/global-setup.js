import { emulatorSetup } from '@belvo-widget/emulator/playwright'

export default emulatorSetup({ port: Number(process.env.EMULATOR_PORT ?? 5100) })
